package fr.bobine.rights.waterfall;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * benchmarks/rights-waterfall: (1) ten years of weekly receipts, by territory and media, through a 50-position
 * waterfall; (2) recomputing a catalogue of 200 films from scratch. The engine alone, in one thread; run.sh runs it.
 */
public final class WaterfallBenchmark {

    static final Media[] MEDIA = { Media.THEATRICAL, Media.TV, Media.VOD, Media.SVOD, Media.AVOD, Media.INTERNATIONAL_SALES,
            Media.OTHER };
    static final String[] TERRITORIES = { "FR", "BE", "CH", "CA", "DE" };
    static final int WEEKS = 520;

    private WaterfallBenchmark() {
    }

    public static void main(String[] args) {
        int films = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        WaterfallDefinition definition = fiftyPositions();
        Waterfall waterfall = Waterfall.of(definition);
        List<Receipt> receipts = tenYearsWeekly(new Random(7), MEDIA.length * TERRITORIES.length);
        // warm-up, then the measured run
        run(waterfall, receipts);
        long start = System.nanoTime();
        BigDecimal allocated = run(waterfall, receipts);
        long single = System.nanoTime() - start;
        System.out.printf("one film: %d positions, %d receipts (%d weeks x %d media x %d territories) in %.1f ms (%.1f us/receipt), allocated %s%n",
                definition.positions().size(), receipts.size(), WEEKS, MEDIA.length, TERRITORIES.length, single / 1e6,
                single / 1e3 / receipts.size(), allocated.toPlainString());

        List<List<Receipt>> catalogue = new ArrayList<>();
        Random random = new Random(11);
        long total = 0;
        for (int f = 0; f < films; f++) {
            List<Receipt> film = tenYearsWeekly(random, 6);
            catalogue.add(film);
            total += film.size();
        }
        start = System.nanoTime();
        for (List<Receipt> film : catalogue) {
            run(Waterfall.of(definition), film);
        }
        long all = System.nanoTime() - start;
        System.out.printf("catalogue: %d films, %d receipts recomputed from scratch in %.2f s (%.1f ms/film)%n", films, total,
                all / 1e9, all / 1e6 / films);
    }

    static BigDecimal run(Waterfall waterfall, List<Receipt> receipts) {
        WaterfallState state = new WaterfallState();
        BigDecimal allocated = BigDecimal.ZERO;
        for (Receipt receipt : receipts) {
            ReceiptRun run = waterfall.run(receipt, state);
            if (run.allocated().compareTo(receipt.gross()) != 0) {
                throw new IllegalStateException("receipt " + receipt.id() + " not fully allocated");
            }
            allocated = allocated.add(run.allocated());
        }
        return allocated;
    }

    /** Weekly receipts for ten years: {@code lines} media/territory lines a week, decaying after release. */
    static List<Receipt> tenYearsWeekly(Random random, int lines) {
        List<Receipt> receipts = new ArrayList<>();
        LocalDate week = LocalDate.of(2026, 3, 4);
        for (int w = 0; w < WEEKS; w++) {
            for (int l = 0; l < lines; l++) {
                Media media = MEDIA[l % MEDIA.length];
                String territory = TERRITORIES[(l / MEDIA.length) % TERRITORIES.length];
                long cents = (long) (random.nextInt(5_000_000) / (1 + w / 4)) + random.nextInt(1000);
                receipts.add(new Receipt(w + "-" + l, week, media, territory, BigDecimal.valueOf(cents, 2),
                        media == Media.THEATRICAL ? random.nextInt(5000) : null));
            }
            week = week.plusWeeks(1);
        }
        return receipts;
    }

    /** 50 positions: taxes, exhibitor, distribution, recoupments, corridors, authors, 6 sequential investors, 10 pari passu co-producers. */
    static WaterfallDefinition fiftyPositions() {
        List<Position> p = new ArrayList<>();
        p.add(pos("vat", "Etat", PositionKind.TAX_INCLUDED, "0.055", null, null, null, "tsa"));
        p.add(pos("tsa", "CNC", PositionKind.TAX_ON_GROSS, "0.1072", null, null, new Condition(null, null, List.of(Media.THEATRICAL), null, null), "exhibitor"));
        p.add(pos("exhibitor", "Exploitants", PositionKind.EXHIBITOR_SHARE, "0.53", null, null, new Condition(null, null, List.of(Media.THEATRICAL), null, null), "platform"));
        p.add(pos("platform", "Plateformes", PositionKind.PLATFORM_SHARE, "0.30", null, null, new Condition(null, null, List.of(Media.VOD, Media.SVOD, Media.AVOD), null, null), "sales"));
        p.add(new Position("sales", "Vendeur international", PositionKind.COMMISSION, new BigDecimal("0.20"), null, null, null, null, null, null, null, null, null,
                new Condition(null, null, List.of(Media.INTERNATIONAL_SALES), null, null), "sales-expenses"));
        p.add(new Position("sales-expenses", "Vendeur international", PositionKind.EXPENSES, null, null, new BigDecimal("150000"),
                List.of(new Expense("marchés", new BigDecimal("120000"), true), new Expense("sous-titres", new BigDecimal("60000"), true),
                        new Expense("transport", new BigDecimal("8000"), false)), null, null, null, null, null, null,
                new Condition(null, null, List.of(Media.INTERNATIONAL_SALES), null, null), "collection-account"));
        p.add(pos("collection-account", "Gestionnaire du compte de collecte", PositionKind.COMMISSION, "0.01", null, "20000", null, "commission"));
        p.add(new Position("commission", "Distributeur", PositionKind.COMMISSION, new BigDecimal("0.30"), null, null, null, null, null, null, null,
                new BigDecimal("0.35"), null, null, "pa"));
        p.add(new Position("pa", "Distributeur", PositionKind.EXPENSES, null, null, new BigDecimal("400000"),
                List.of(new Expense("copies", new BigDecimal("150000"), true), new Expense("publicité", new BigDecimal("300000"), true),
                        new Expense("VPF", new BigDecimal("40000"), false)), null, null, null, null, null, null, null, "mg"));
        p.add(pos("mg", "Distributeur", PositionKind.MG_RECOUPMENT, null, "500000", null, new Condition(null, null, List.of(Media.THEATRICAL, Media.VOD, Media.TV), List.of("FR"), null), "tv-mg"));
        p.add(pos("tv-mg", "Chaîne", PositionKind.MG_RECOUPMENT, null, "800000", null, new Condition(null, null, List.of(Media.TV), null, null), "corridor-producer"));
        p.add(pos("corridor-producer", "Producteur", PositionKind.CORRIDOR, "0.05", null, "100000", null, "corridor-director"));
        p.add(pos("corridor-director", "Réalisatrice", PositionKind.CORRIDOR, "0.02", null, "40000", null, "rnpp"));
        p.add(pos("rnpp", "Producteur", PositionKind.RNPP, null, null, null, null, "author-1"));
        for (int a = 1; a <= 8; a++) {
            p.add(pos("author-" + a, "Auteur " + a, PositionKind.AUTHOR_RNPP, "0.01", null, null, null, "author-pp-" + a));
            p.add(pos("author-pp-" + a, "Auteur " + a, PositionKind.AUTHOR_PUBLIC_PRICE, "0.001", null, null,
                    new Condition(null, null, List.of(Media.THEATRICAL), null, null), a < 8 ? "author-" + (a + 1) : "per-ticket"));
        }
        p.add(pos("per-ticket", "Compositeur", PositionKind.PER_TICKET, null, "0.02", null, null, "deferment"));
        p.add(pos("deferment", "Equipe (participation différée)", PositionKind.FIXED_AMOUNT, null, "60000", null, null, "investors"));
        List<String> investors = new ArrayList<>();
        for (int i = 1; i <= 6; i++) {
            p.add(new Position("investor-" + i, "Investisseur " + i, PositionKind.INVESTMENT, null, new BigDecimal(250000 * i), null, null,
                    i % 2 == 0 ? new BigDecimal("0.20") : null, i % 2 == 0 ? null : new BigDecimal("0.08"),
                    i == 1 ? InterestMode.SIMPLE : InterestMode.COMPOUND, LocalDate.of(2025, 6, 1), null, null, null, null));
            investors.add("investor-" + i);
        }
        p.add(pos("bonus", "Réalisatrice", PositionKind.PERCENT_OF_NET, "0.05", null, "75000",
                new Condition(null, null, null, null, new Threshold(ThresholdMetric.RECOUPMENT_MULTIPLE, "investor-6", BigDecimal.ONE)), "coproducers"));
        List<String> coproducers = new ArrayList<>();
        String[] shares = { "0.17", "0.13", "0.11", "0.1", "0.1", "0.09", "0.08", "0.07", "0.07", "0.0733" };
        for (int c = 1; c <= 10; c++) {
            p.add(new Position("coproducer-" + c, "Coproducteur " + c, PositionKind.RESIDUAL, null, null, null, null, null, null, null, null,
                    null, new BigDecimal(shares[c - 1]), null, null));
            coproducers.add("coproducer-" + c);
        }
        p.add(pos("producer", "Producteur", PositionKind.RESIDUAL, null, null, null, null, null));
        List<Group> groups = List.of(new Group("investors", GroupMode.SEQUENTIAL, investors, "bonus"),
                new Group("coproducers", GroupMode.PARI_PASSU, coproducers, "producer"));
        if (p.size() != 50) {
            throw new IllegalStateException("expected 50 positions, built " + p.size());
        }
        return new WaterfallDefinition("EUR", "vat", p, groups);
    }

    static Position pos(String id, String holder, PositionKind kind, String rate, String amount, String cap, Condition condition, String next) {
        return new Position(id, holder, kind, rate == null ? null : new BigDecimal(rate), amount == null ? null : new BigDecimal(amount),
                cap == null ? null : new BigDecimal(cap), null, null, null, null, null, null, null, condition, next);
    }
}
