package fr.bobine.rights.waterfall;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Money entering the waterfall: {@code gross} at the cent, the public price for a theatrical receipt. An MG or a
 * pre-sale ({@link ReceiptKind#isAdvance()}) enters where RNPP is measured; {@code inFinancingPlan} says it is part of
 * the film's final financing plan, which some RNPP definitions do not count.
 */
public record Receipt(String id, LocalDate date, Media media, String territory, BigDecimal gross, Integer admissions,
        ReceiptKind kind, boolean inFinancingPlan) {

    public Receipt {
        kind = kind == null ? ReceiptKind.EXPLOITATION : kind;
    }

    /** An exploitation receipt. */
    public Receipt(String id, LocalDate date, Media media, String territory, BigDecimal gross, Integer admissions) {
        this(id, date, media, territory, gross, admissions, ReceiptKind.EXPLOITATION, false);
    }

    Receipt part(BigDecimal partGross, Integer partAdmissions) {
        return new Receipt(id, date, media, territory, partGross, partAdmissions, kind, inFinancingPlan);
    }
}
