package fr.bobine.rights.waterfall;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.BiFunction;

/**
 * A French theatrical release from box office to RNPP: VAT and TSA out of the split base (Code du cinéma L213-10),
 * the exhibitor's share (rental rate, L213-11), the distributor's commission, P&A and MG recoupment, then RNPP, the
 * authors' percentages and the producer's residual. The commission counted in authors' RNPP is capped at 25% of the
 * distributor's gross without MG, 35% with one (protocole du 16/12/2010, arrêté du 7/2/2011).
 * Rates come from a dated table: {@code rates.apply(code, releaseDate)}.
 */
public final class TheatricalFrancePreset {

    public static final String VAT = "FR_VAT_CINEMA_TICKET";
    public static final String TSA = "FR_TSA";
    public static final String RENTAL_RATE = "FR_RENTAL_RATE_DEFAULT";
    public static final String CAP_WITHOUT_MG = "FR_RNPP_COMMISSION_CAP_WITHOUT_MG";
    public static final String CAP_WITH_MG = "FR_RNPP_COMMISSION_CAP_WITH_MG";

    /** One author's percentage of RNPP. */
    public record Author(String holder, BigDecimal rate, BigDecimal advance) {
    }

    /** What the contracts of one release say; a null rental rate takes the dated default. */
    public record Terms(String currency, LocalDate releaseDate, String distributor, String producer,
            BigDecimal rentalRate, BigDecimal commissionRate, List<Expense> expenses, BigDecimal expensesCap,
            BigDecimal minimumGuarantee, List<Author> authors, UUID minimumGuaranteeContractId) {

        public Terms(String currency, LocalDate releaseDate, String distributor, String producer, BigDecimal rentalRate,
                BigDecimal commissionRate, List<Expense> expenses, BigDecimal expensesCap, BigDecimal minimumGuarantee,
                List<Author> authors) {
            this(currency, releaseDate, distributor, producer, rentalRate, commissionRate, expenses, expensesCap,
                    minimumGuarantee, authors, null);
        }
    }

    private TheatricalFrancePreset() {
    }

    public static WaterfallDefinition build(Terms t, BiFunction<String, LocalDate, BigDecimal> rates) {
        boolean withMg = t.minimumGuarantee() != null && t.minimumGuarantee().signum() > 0;
        BigDecimal rental = t.rentalRate() != null ? t.rentalRate() : rates.apply(RENTAL_RATE, t.releaseDate());
        BigDecimal authorsCap = rates.apply(withMg ? CAP_WITH_MG : CAP_WITHOUT_MG, t.releaseDate());
        List<Position> positions = new ArrayList<>();
        positions.add(simple("vat", "État (TVA)", PositionKind.TAX_INCLUDED, rates.apply(VAT, t.releaseDate()), "tsa"));
        positions.add(simple("tsa", "CNC (TSA)", PositionKind.TAX_ON_GROSS, rates.apply(TSA, t.releaseDate()), "exhibitor"));
        positions.add(simple("exhibitor", "Exploitants", PositionKind.EXHIBITOR_SHARE, BigDecimal.ONE.subtract(rental), "commission"));
        positions.add(new Position("commission", t.distributor(), PositionKind.COMMISSION, t.commissionRate(), null, null,
                null, null, null, null, null, authorsCap, null, null, "expenses"));
        positions.add(new Position("expenses", t.distributor(), PositionKind.EXPENSES, null, null, t.expensesCap(),
                t.expenses() == null ? List.of() : t.expenses(), null, null, null, null, null, null, null, withMg ? "mg" : "rnpp"));
        if (withMg) {
            positions.add(new Position("mg", t.distributor(), PositionKind.MG_RECOUPMENT, null, t.minimumGuarantee(), null,
                    null, null, null, null, null, null, null, null, "rnpp", null, null, null, t.minimumGuaranteeContractId()));
        }
        List<Author> authors = t.authors() == null ? List.of() : t.authors();
        String after = authors.isEmpty() ? "producer" : "author-1";
        positions.add(simple("rnpp", t.producer(), PositionKind.RNPP, null, after));
        for (int i = 0; i < authors.size(); i++) {
            Author a = authors.get(i);
            positions.add(new Position("author-" + (i + 1), a.holder(), PositionKind.AUTHOR_RNPP, a.rate(), a.advance(), null,
                    null, null, null, null, null, null, null, null, i + 1 < authors.size() ? "author-" + (i + 2) : "producer"));
        }
        positions.add(simple("producer", t.producer(), PositionKind.RESIDUAL, null, null));
        return new WaterfallDefinition(t.currency(), "vat", positions, List.of());
    }

    private static Position simple(String id, String holder, PositionKind kind, BigDecimal rate, String next) {
        return new Position(id, holder, kind, rate, null, null, null, null, null, null, null, null, null, null, next);
    }
}
