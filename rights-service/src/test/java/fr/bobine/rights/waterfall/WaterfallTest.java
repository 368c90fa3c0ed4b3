package fr.bobine.rights.waterfall;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** Worked waterfalls, each with its hand calculation, to the cent. */
class WaterfallTest {

    static final Map<String, BigDecimal> RATES = Map.of(
            TheatricalFrancePreset.VAT, new BigDecimal("0.055"),
            TheatricalFrancePreset.TSA, new BigDecimal("0.1072"),
            TheatricalFrancePreset.RENTAL_RATE, new BigDecimal("0.47"),
            TheatricalFrancePreset.CAP_WITHOUT_MG, new BigDecimal("0.25"),
            TheatricalFrancePreset.CAP_WITH_MG, new BigDecimal("0.35"));

    static BigDecimal eur(String amount) {
        return new BigDecimal(amount);
    }

    static Position position(String id, String holder, PositionKind kind, String rate, String amount, String cap, String next) {
        return new Position(id, holder, kind, rate == null ? null : eur(rate), amount == null ? null : eur(amount),
                cap == null ? null : eur(cap), null, null, null, null, null, null, null, null, next);
    }

    static Position member(String id, String holder, PositionKind kind, String share, String amount) {
        return new Position(id, holder, kind, null, amount == null ? null : eur(amount), null, null, null, null, null, null,
                null, eur(share), null, null);
    }

    static Receipt receipt(String id, String date, String gross) {
        return new Receipt(id, LocalDate.parse(date), Media.THEATRICAL, "FR", eur(gross), null);
    }

    static BigDecimal took(ReceiptRun run, String nodeId) {
        return run.steps().stream().filter(s -> s.nodeId().equals(nodeId)).map(Step::took)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    static void assertCents(String expected, BigDecimal actual) {
        assertEquals(0, eur(expected).compareTo(actual), "expected " + expected + ", got " + actual);
    }

    static WaterfallDefinition theatrical(String commission, String mg) {
        return TheatricalFrancePreset.build(new TheatricalFrancePreset.Terms("EUR", LocalDate.parse("2026-03-04"),
                "Haut et Court Distribution", "Les Films du Quai", null, eur(commission),
                List.of(new Expense("copies et VPF", eur("80000.00"), true), new Expense("publicité", eur("150000.00"), true),
                        new Expense("sous-titrage sourds et malentendants", eur("10000.00"), false)),
                eur("200000.00"), mg == null ? null : eur(mg),
                List.of(new TheatricalFrancePreset.Author("Claire Vasseur (réalisatrice)", eur("0.02"), null))),
                (code, date) -> RATES.get(code));
    }

    @Test
    void frenchTheatricalReleaseWithAnMgNotYetRecoupedLeavesNoRnpp() {
        Waterfall waterfall = Waterfall.of(theatrical("0.30", "100000.00"));
        WaterfallState state = new WaterfallState();
        ReceiptRun run = waterfall.run(new Receipt("w1", LocalDate.parse("2026-03-10"), Media.THEATRICAL, "FR",
                eur("1000000.00"), 140000), state);
        // VAT 5.5% inside the price: 1,000,000.00 x 0.055 / 1.055 = 52,132.7014 -> 52,132.70
        assertCents("52132.70", took(run, "vat"));
        // TSA 10.72% of the ticket price: 1,000,000.00 x 0.1072 = 107,200.00
        assertCents("107200.00", took(run, "tsa"));
        // split base 1,000,000.00 - 52,132.70 - 107,200.00 = 840,667.30; exhibitor keeps 53%: 445,553.669 -> 445,553.67
        assertCents("445553.67", took(run, "exhibitor"));
        // distributor's gross (RBD) 840,667.30 - 445,553.67 = 395,113.63; commission 30%: 118,534.089 -> 118,534.09
        assertCents("118534.09", took(run, "commission"));
        // P&A: min(80,000 + 150,000 capped, cap 200,000) + 10,000 uncapped = 210,000.00, all recouped from 276,579.54
        assertCents("210000.00", took(run, "expenses"));
        // MG 100,000.00: only 276,579.54 - 210,000.00 = 66,579.54 reaches it; 33,420.46 still to recoup
        assertCents("66579.54", took(run, "mg"));
        // nothing reaches RNPP; commission 30% is under the 35% protocol cap (MG paid), so authors' RNPP is 0 too
        assertCents("0", took(run, "author-1"));
        assertCents("0", took(run, "producer"));
        assertCents("1000000.00", run.allocated());
        assertCents("66579.54", state.received("mg"));

        // week 2: 200,000.00. VAT 10,426.5403 -> 10,426.54; TSA 21,440.00; base 168,133.46; exhibitor 53% 89,110.7338
        // -> 89,110.73; RBD 79,022.73; commission 23,706.819 -> 23,706.82; 55,315.91 left; P&A already recouped;
        // MG takes its last 33,420.46; RNPP 21,895.45; author 2% = 437.909 -> 437.91; producer 21,457.54
        ReceiptRun week2 = waterfall.run(receipt("w2", "2026-03-17", "200000.00"), state);
        assertCents("10426.54", took(week2, "vat"));
        assertCents("89110.73", took(week2, "exhibitor"));
        assertCents("23706.82", took(week2, "commission"));
        assertCents("0", took(week2, "expenses"));
        assertCents("33420.46", took(week2, "mg"));
        assertCents("437.91", took(week2, "author-1"));
        assertCents("21457.54", took(week2, "producer"));
        assertCents("200000.00", week2.allocated());
        assertCents("100000.00", state.received("mg"));
    }

    @Test
    void commissionAboveTheProtocolCapIsAddedBackToAuthorsRnpp() {
        // RBD 1,000.00; commission 40% = 400.00, protocol cap without MG 25% = 250.00: 150.00 above the cap.
        // RNPP reached 600.00; authors' RNPP 600.00 + 150.00 = 750.00; author 10% = 75.00; producer 525.00.
        WaterfallDefinition d = new WaterfallDefinition("EUR", "commission", List.of(
                new Position("commission", "Distributeur", PositionKind.COMMISSION, eur("0.40"), null, null, null, null, null,
                        null, null, eur("0.25"), null, null, "rnpp"),
                position("rnpp", "Producteur", PositionKind.RNPP, null, null, null, "author"),
                position("author", "Scénariste", PositionKind.AUTHOR_RNPP, "0.10", null, null, "producer"),
                position("producer", "Producteur", PositionKind.RESIDUAL, null, null, null, null)), List.of());
        ReceiptRun run = Waterfall.of(d).run(receipt("r", "2026-05-01", "1000.00"), new WaterfallState());
        assertCents("400.00", took(run, "commission"));
        assertCents("75.00", took(run, "author"));
        assertCents("525.00", took(run, "producer"));
    }

    @Test
    void sequentialRecoupmentAfterAProducerCorridor() {
        WaterfallDefinition d = new WaterfallDefinition("EUR", "corridor", List.of(
                position("corridor", "Les Films du Quai", PositionKind.CORRIDOR, "0.10", null, "5000.00", "investors"),
                new Position("sofica", "Sofica Cinémage", PositionKind.INVESTMENT, null, eur("100000.00"), null, null,
                        eur("0.20"), null, null, null, null, null, null, null),
                new Position("bank", "Banque Coficiné", PositionKind.INVESTMENT, null, eur("50000.00"), null, null, null,
                        eur("0.10"), InterestMode.SIMPLE, LocalDate.parse("2026-01-01"), null, null, null, null),
                position("producer", "Les Films du Quai", PositionKind.RESIDUAL, null, null, null, null)),
                List.of(new Group("investors", GroupMode.SEQUENTIAL, List.of("sofica", "bank"), "producer")));
        Waterfall waterfall = Waterfall.of(d);
        WaterfallState state = new WaterfallState();
        // 80,000.00: corridor 10% = 8,000.00, capped at 5,000.00; the Sofica (100,000 + 20% premium = 120,000.00) takes
        // the 75,000.00 left; the bank gets nothing yet.
        ReceiptRun r1 = waterfall.run(receipt("r1", "2026-06-30", "80000.00"), state);
        assertCents("5000.00", took(r1, "corridor"));
        assertCents("75000.00", took(r1, "sofica"));
        assertCents("0", took(r1, "bank"));
        // 90,000.00: corridor full; Sofica takes its last 45,000.00; the bank, owed 50,000 x (1 + 10% x 365/365)
        // = 55,000.00 on 2027-01-01, takes the other 45,000.00.
        ReceiptRun r2 = waterfall.run(receipt("r2", "2027-01-01", "90000.00"), state);
        assertCents("0", took(r2, "corridor"));
        assertCents("45000.00", took(r2, "sofica"));
        assertCents("45000.00", took(r2, "bank"));
        // 20,000.00 on 2027-07-02, 547 days after the loan: 50,000 x 10% x 547 / 365 = 7,493.1507 -> owed 57,493.15;
        // the bank takes 57,493.15 - 45,000.00 = 12,493.15; the producer's residual 20,000.00 - 12,493.15 = 7,506.85.
        ReceiptRun r3 = waterfall.run(receipt("r3", "2027-07-02", "20000.00"), state);
        assertCents("12493.15", took(r3, "bank"));
        assertCents("7506.85", took(r3, "producer"));
        assertCents("120000.00", state.received("sofica"));
        assertCents("5000.00", state.received("corridor"));
    }

    @Test
    void compoundInterestCompoundsOnEachAnniversary() {
        // 10,000.00 at 10% compound from 2024-01-01, repaid on 2026-07-02 (2 years and 182 days):
        // 10,000 x 1.1^2 x (1 + 0.10 x 182/365) = 12,100 x 1.0498630137 = 12,703.34
        Position loan = new Position("loan", "Banque", PositionKind.INVESTMENT, null, eur("10000.00"), null, null, null,
                eur("0.10"), InterestMode.COMPOUND, LocalDate.parse("2024-01-01"), null, null, null, "producer");
        Waterfall waterfall = Waterfall.of(new WaterfallDefinition("EUR", "loan",
                List.of(loan, position("producer", "Producteur", PositionKind.RESIDUAL, null, null, null, null)), List.of()));
        assertCents("12703.34", waterfall.target(loan, LocalDate.parse("2026-07-02")));
    }

    @Test
    void pariPassuSharesThatDoNotDivideTheEuroStillAddUp() {
        WaterfallDefinition d = new WaterfallDefinition("EUR", "coproducers", List.of(
                member("quai", "Les Films du Quai", PositionKind.RESIDUAL, "0.45", null),
                member("rtbf", "RTBF (Belgique)", PositionKind.RESIDUAL, "0.35", null),
                member("arte", "Arte France Cinéma", PositionKind.RESIDUAL, "0.20", null),
                position("rest", "Les Films du Quai", PositionKind.RESIDUAL, null, null, null, null)),
                List.of(new Group("coproducers", GroupMode.PARI_PASSU, List.of("quai", "rtbf", "arte"), "rest")));
        // 100.01 x 45% = 45.0045, x 35% = 35.0035, x 20% = 20.002: 45.00 + 35.00 + 20.00 = 100.00, one cent left,
        // to the largest remainder (0.45 of a cent): 45.01 / 35.00 / 20.00.
        ReceiptRun run = Waterfall.of(d).run(receipt("r", "2026-05-01", "100.01"), new WaterfallState());
        assertCents("45.01", took(run, "quai"));
        assertCents("35.00", took(run, "rtbf"));
        assertCents("20.00", took(run, "arte"));
        assertCents("100.01", run.allocated());
    }

    @Test
    void thirdsWrittenAsDecimalsLeaveTheirCentToTheFirstTie() {
        WaterfallDefinition d = new WaterfallDefinition("EUR", "g", List.of(
                member("a", "A", PositionKind.RESIDUAL, "0.3333", null),
                member("b", "B", PositionKind.RESIDUAL, "0.3333", null),
                member("c", "C", PositionKind.RESIDUAL, "0.3333", null),
                position("rest", "Producteur", PositionKind.RESIDUAL, null, null, null, null)),
                List.of(new Group("g", GroupMode.PARI_PASSU, List.of("a", "b", "c"), "rest")));
        // 10.00 x 0.3333 = 3.333 three times, the unshared 0.0001 = 0.001: floors 3.33 x 3 + 0.00 = 9.99; the cent
        // left goes to the largest remainder, a three-way tie at 0.3 of a cent, so to the first member: 3.34.
        ReceiptRun run = Waterfall.of(d).run(receipt("r", "2026-05-01", "10.00"), new WaterfallState());
        assertCents("3.34", took(run, "a"));
        assertCents("3.33", took(run, "b"));
        assertCents("3.33", took(run, "c"));
        assertCents("0", took(run, "rest"));
    }

    @Test
    void aCappedPariPassuMemberPassesWhatItCannotTakeToTheGroupsNext() {
        // 1,000.00 split 50/50: the MG holder needs only 300.00 of its 500.00 slice; 200.00 + nothing else to the producer.
        WaterfallDefinition d = new WaterfallDefinition("EUR", "g", List.of(
                member("mg", "Distributeur", PositionKind.MG_RECOUPMENT, "0.50", "300.00"),
                member("co", "Coproducteur", PositionKind.RESIDUAL, "0.50", null),
                position("rest", "Producteur", PositionKind.RESIDUAL, null, null, null, null)),
                List.of(new Group("g", GroupMode.PARI_PASSU, List.of("mg", "co"), "rest")));
        ReceiptRun run = Waterfall.of(d).run(receipt("r", "2026-05-01", "1000.00"), new WaterfallState());
        assertCents("300.00", took(run, "mg"));
        assertCents("500.00", took(run, "co"));
        assertCents("200.00", took(run, "rest"));
    }

    @Test
    void cappedAndUncappedExpensesAreAddedTogether() {
        // blockframes #9677: capped 30,000 + 25,000 limited to 40,000, plus 5,000 uncapped = 45,000.00
        Position expenses = new Position("pa", "Distributeur", PositionKind.EXPENSES, null, null, eur("40000.00"),
                List.of(new Expense("affiches", eur("30000.00"), true), new Expense("bande-annonce", eur("25000.00"), true),
                        new Expense("frais de douane", eur("5000.00"), false)),
                null, null, null, null, null, null, null, "producer");
        Waterfall waterfall = Waterfall.of(new WaterfallDefinition("EUR", "pa",
                List.of(expenses, position("producer", "Producteur", PositionKind.RESIDUAL, null, null, null, null)), List.of()));
        assertCents("45000.00", waterfall.target(expenses, null));
        ReceiptRun run = waterfall.run(receipt("r", "2026-05-01", "50000.00"), new WaterfallState());
        assertCents("45000.00", took(run, "pa"));
        assertCents("5000.00", took(run, "producer"));
    }

    @Test
    void authorsOnPublicPriceAndPerTicketAreOwedEvenWhenNothingReachesThemYet() {
        // Author 1.5% of the public price and 0.10 per ticket, behind an MG of 1,000.00.
        // r1 800.00, 100 tickets: MG takes 800.00; author owed 12.00 + 10.00, paid 0.
        // r2 500.00, 60 tickets: MG takes 200.00; 300.00 left; owed (12.00 + 7.50) + (10.00 + 6.00) = 19.50 + 16.00
        // paid in full; producer 300.00 - 35.50 = 264.50.
        WaterfallDefinition d = new WaterfallDefinition("EUR", "mg", List.of(
                position("mg", "Distributeur", PositionKind.MG_RECOUPMENT, null, "1000.00", null, "author"),
                position("author", "Auteur", PositionKind.AUTHOR_PUBLIC_PRICE, "0.015", null, null, "tickets"),
                position("tickets", "Auteur", PositionKind.PER_TICKET, null, "0.10", null, "producer"),
                position("producer", "Producteur", PositionKind.RESIDUAL, null, null, null, null)), List.of());
        Waterfall waterfall = Waterfall.of(d);
        WaterfallState state = new WaterfallState();
        ReceiptRun r1 = waterfall.run(new Receipt("r1", LocalDate.parse("2026-05-06"), Media.THEATRICAL, "FR", eur("800.00"), 100), state);
        assertCents("0", took(r1, "author"));
        ReceiptRun r2 = waterfall.run(new Receipt("r2", LocalDate.parse("2026-05-13"), Media.THEATRICAL, "FR", eur("500.00"), 60), state);
        assertCents("19.50", took(r2, "author"));
        assertCents("16.00", took(r2, "tickets"));
        assertCents("264.50", took(r2, "producer"));
    }

    @Test
    void conditionsFilterByMediaTerritoryDateAndThreshold() {
        // The distributor's MG recoups from French theatrical only (no cross-collateralisation with TV);
        // a bonus of 10% starts once 1,000.00 of receipts have entered.
        WaterfallDefinition d = new WaterfallDefinition("EUR", "mg", List.of(
                new Position("mg", "Distributeur", PositionKind.MG_RECOUPMENT, null, eur("5000.00"), null, null, null, null,
                        null, null, null, null, new Condition(null, null, List.of(Media.THEATRICAL), List.of("FR"), null), "bonus"),
                new Position("bonus", "Réalisatrice", PositionKind.PERCENT_OF_NET, eur("0.10"), null, null, null, null, null,
                        null, null, null, null, new Condition(LocalDate.parse("2026-01-01"), null, null, null,
                                new Threshold(ThresholdMetric.WATERFALL_RECEIPTS, null, eur("1000.00"))), "producer"),
                position("producer", "Producteur", PositionKind.RESIDUAL, null, null, null, null)), List.of());
        Waterfall waterfall = Waterfall.of(d);
        WaterfallState state = new WaterfallState();
        ReceiptRun tv = waterfall.run(new Receipt("tv", LocalDate.parse("2026-05-01"), Media.TV, "FR", eur("1200.00"), null), state);
        assertCents("0", took(tv, "mg"));
        assertCents("0", took(tv, "bonus"));
        assertCents("1200.00", took(tv, "producer"));
        ReceiptRun belgium = waterfall.run(new Receipt("be", LocalDate.parse("2026-05-02"), Media.THEATRICAL, "BE", eur("100.00"), null), state);
        assertCents("0", took(belgium, "mg"));
        assertCents("10.00", took(belgium, "bonus"));
        assertTrue(belgium.steps().get(0).reason().contains("territory BE"));
    }

    @Test
    void aCycleIsRefusedNamingIt() {
        WaterfallDefinition d = new WaterfallDefinition("EUR", "a", List.of(
                position("a", "A", PositionKind.COMMISSION, "0.10", null, null, "b"),
                position("b", "B", PositionKind.COMMISSION, "0.10", null, null, "a")), List.of());
        InvalidWaterfallException e = assertThrows(InvalidWaterfallException.class, () -> Waterfall.of(d));
        assertEquals("the waterfall has a cycle: a -> b -> a", e.getMessage());
    }

    @Test
    void pariPassuSharesAbove100PercentAreRefused() {
        WaterfallDefinition d = new WaterfallDefinition("EUR", "g", List.of(
                member("a", "A", PositionKind.RESIDUAL, "0.60", null),
                member("b", "B", PositionKind.RESIDUAL, "0.45", null),
                position("rest", "R", PositionKind.RESIDUAL, null, null, null, null)),
                List.of(new Group("g", GroupMode.PARI_PASSU, List.of("a", "b"), "rest")));
        InvalidWaterfallException e = assertThrows(InvalidWaterfallException.class, () -> Waterfall.of(d));
        assertEquals("groups[0].members", e.field());
        assertEquals("the shares of pari passu group g add up to 105%, above 100%", e.getMessage());
    }

    @Test
    void aPositionWhoseLeftoverHasNoHolderIsRefused() {
        WaterfallDefinition d = new WaterfallDefinition("EUR", "a", List.of(
                position("a", "A", PositionKind.COMMISSION, "0.10", null, null, null)), List.of());
        InvalidWaterfallException e = assertThrows(InvalidWaterfallException.class, () -> Waterfall.of(d));
        assertEquals("positions[0].next", e.field());
    }

    @Test
    void unknownCurrencyIsRefused() {
        WaterfallDefinition d = new WaterfallDefinition("EUX", "a", List.of(
                position("a", "A", PositionKind.RESIDUAL, null, null, null, null)), List.of());
        assertEquals("currency", assertThrows(InvalidWaterfallException.class, () -> Waterfall.of(d)).field());
    }
}
