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
        // TV 1,200.00: not for the MG; split at the bonus threshold, 1,000.00 before it, 200.00 after: bonus 10% = 20.00
        ReceiptRun tv = waterfall.run(new Receipt("tv", LocalDate.parse("2026-05-01"), Media.TV, "FR", eur("1200.00"), null), state);
        assertCents("0", took(tv, "mg"));
        assertCents("20.00", took(tv, "bonus"));
        assertCents("1180.00", took(tv, "producer"));
        ReceiptRun belgium = waterfall.run(new Receipt("be", LocalDate.parse("2026-05-02"), Media.THEATRICAL, "BE", eur("100.00"), null), state);
        assertCents("0", took(belgium, "mg"));
        assertCents("10.00", took(belgium, "bonus"));
        assertTrue(belgium.steps().get(0).reason().contains("territory BE"));
        // before 2026-01-01 the bonus is shut whatever the receipts
        ReceiptRun early = waterfall.run(new Receipt("old", LocalDate.parse("2025-12-31"), Media.TV, "FR", eur("100.00"), null), state);
        assertCents("0", took(early, "bonus"));
    }

    static Position conditioned(String id, String holder, PositionKind kind, String rate, String cap, Threshold threshold,
            String next) {
        return new Position(id, holder, kind, rate == null ? null : eur(rate), null, cap == null ? null : eur(cap), null, null,
                null, null, null, null, null, new Condition(null, null, null, null, threshold), next);
    }

    static WaterfallDefinition bonusAfterReceipts(Boolean split) {
        return new WaterfallDefinition("EUR", "bonus", List.of(
                conditioned("bonus", "Réalisatrice", PositionKind.PERCENT_OF_NET, "0.10", null,
                        new Threshold(ThresholdMetric.WATERFALL_RECEIPTS, null, eur("1000.00")), "producer"),
                position("producer", "Producteur", PositionKind.RESIDUAL, null, null, null, null)), List.of(), null, split);
    }

    @Test
    void aReceiptThatCrossesAReceiptsThresholdIsSplitAtIt() {
        // A 10% bonus on what reaches it once 1,000.00 of receipts have entered. r1 900.00: below, producer 900.00.
        // r2 300.00 crosses it: part 1, 100.00, brings receipts to exactly 1,000.00 under the rule before (bonus 0);
        // part 2, 200.00, runs after it: bonus 10% = 20.00, producer 180.00. r2 in all: bonus 20.00, producer 280.00.
        Waterfall waterfall = Waterfall.of(bonusAfterReceipts(null));
        WaterfallState state = new WaterfallState();
        waterfall.run(receipt("r1", "2026-05-01", "900.00"), state);
        ReceiptRun r2 = waterfall.run(receipt("r2", "2026-05-08", "300.00"), state);
        assertCents("20.00", took(r2, "bonus"));
        assertCents("280.00", took(r2, "producer"));
        assertCents("300.00", r2.allocated());
        assertEquals(List.of("100.00", "200.00"), r2.steps().stream().filter(s -> s.kind().equals("SPLIT"))
                .map(s -> s.reached().toPlainString()).toList());
        assertTrue(r2.steps().get(0).reason().contains("up to the threshold that opens bonus"));

        // splitting off (splitAtThresholds false), the threshold is judged once, on the state before: no bonus at all
        WaterfallState whole = new WaterfallState();
        Waterfall unsplit = Waterfall.of(bonusAfterReceipts(false));
        unsplit.run(receipt("r1", "2026-05-01", "900.00"), whole);
        ReceiptRun r2Whole = unsplit.run(receipt("r2", "2026-05-08", "300.00"), whole);
        assertCents("0", took(r2Whole, "bonus"));
        assertCents("300.00", took(r2Whole, "producer"));
    }

    @Test
    void aReceiptThatReachesAThresholdExactlyIsNotSplitAndTheNextOneIsAfterIt() {
        // r1 900.00, r2 100.00 brings receipts to exactly 1,000.00: the euro that reaches the threshold is before it,
        // so r2 is one part and the bonus takes nothing; r3 50.00 is after it: bonus 5.00, producer 45.00.
        Waterfall waterfall = Waterfall.of(bonusAfterReceipts(null));
        WaterfallState state = new WaterfallState();
        waterfall.run(receipt("r1", "2026-05-01", "900.00"), state);
        ReceiptRun r2 = waterfall.run(receipt("r2", "2026-05-08", "100.00"), state);
        assertCents("0", took(r2, "bonus"));
        assertTrue(r2.steps().stream().noneMatch(s -> s.kind().equals("SPLIT")));
        ReceiptRun r3 = waterfall.run(receipt("r3", "2026-05-15", "50.00"), state);
        assertCents("5.00", took(r3, "bonus"));
        assertCents("45.00", took(r3, "producer"));
    }

    @Test
    void aReceiptThatFillsACorridorIsSplitWhereTheCorridorReachesItsCap() {
        // Corridor 1: 10% up to 5,000.00, already at 4,000.00; corridor 2: 5% once corridor 1 has its 5,000.00.
        // Receipt 80,000.00. Corridor 1 is full when 10% of the part rounds to its last 1,000.00: 9,999.95 x 10%
        // = 999.995 -> 1,000.00 (half-up), 9,999.94 x 10% = 999.994 -> 999.99. Part 1 = 9,999.95: corridor 1 1,000.00,
        // producer 8,999.95. Part 2 = 70,000.05: corridor 2 5% = 3,500.0025 -> 3,500.00, producer 66,500.05.
        // Producer in all 75,500.00 (without the split: corridor 2 shut for the whole receipt, producer 79,000.00).
        WaterfallDefinition d = new WaterfallDefinition("EUR", "c1", List.of(
                position("c1", "Les Films du Quai", PositionKind.CORRIDOR, "0.10", null, "5000.00", "c2"),
                conditioned("c2", "Les Films du Quai (2)", PositionKind.CORRIDOR, "0.05", null,
                        new Threshold(ThresholdMetric.POSITION_RECEIVED, "c1", eur("5000.00")), "producer"),
                position("producer", "Producteur", PositionKind.RESIDUAL, null, null, null, null)), List.of());
        Waterfall waterfall = Waterfall.of(d);
        WaterfallState state = new WaterfallState();
        state.received.put("c1", eur("4000.00"));
        ReceiptRun run = waterfall.run(receipt("r", "2026-06-01", "80000.00"), state);
        assertEquals(List.of("9999.95", "70000.05"), run.steps().stream().filter(s -> s.kind().equals("SPLIT"))
                .map(s -> s.reached().toPlainString()).toList());
        assertCents("1000.00", took(run, "c1"));
        assertCents("3500.00", took(run, "c2"));
        assertCents("75500.00", took(run, "producer"));
        assertCents("5000.00", state.received("c1"));
    }

    @Test
    void aReceiptThatCompletesAMultipleOfTheInvestmentIsSplitThere() {
        // The Sofica recoups 100,000.00 + 20% premium = 120,000.00 (a multiple of 1.2), then shares 50% of what is left.
        // r1 100,000.00: Sofica 100,000.00. r2 50,000.00: part 1, 20,000.00, takes it to 120,000.00 = 1.2 x 100,000.00;
        // part 2, 30,000.00: profit share 50% = 15,000.00, producer 15,000.00.
        WaterfallDefinition d = new WaterfallDefinition("EUR", "sofica", List.of(
                new Position("sofica", "Sofica Cinémage", PositionKind.INVESTMENT, null, eur("100000.00"), null, null,
                        eur("0.20"), null, null, null, null, null, null, "profit"),
                conditioned("profit", "Sofica Cinémage", PositionKind.PERCENT_OF_NET, "0.50", null,
                        new Threshold(ThresholdMetric.RECOUPMENT_MULTIPLE, "sofica", eur("1.2")), "producer"),
                position("producer", "Producteur", PositionKind.RESIDUAL, null, null, null, null)), List.of());
        Waterfall waterfall = Waterfall.of(d);
        WaterfallState state = new WaterfallState();
        waterfall.run(receipt("r1", "2026-06-01", "100000.00"), state);
        ReceiptRun r2 = waterfall.run(receipt("r2", "2026-07-01", "50000.00"), state);
        assertCents("20000.00", took(r2, "sofica"));
        assertCents("15000.00", took(r2, "profit"));
        assertCents("15000.00", took(r2, "producer"));
    }

    @Test
    void admissionsAreSharedBetweenThePartsOfASplitReceipt() {
        // 0.10 per ticket once 1,000.00 have entered. r1 900.00; r2 300.00 and 60 tickets is split 100.00 / 200.00:
        // the tickets go with the money, 60 x 100 / 300 = 20 before the threshold and 40 after: 40 x 0.10 = 4.00.
        WaterfallDefinition d = new WaterfallDefinition("EUR", "tickets", List.of(
                new Position("tickets", "Auteur", PositionKind.PER_TICKET, null, eur("0.10"), null, null, null, null, null,
                        null, null, null, new Condition(null, null, null, null,
                                new Threshold(ThresholdMetric.WATERFALL_RECEIPTS, null, eur("1000.00"))), "producer"),
                position("producer", "Producteur", PositionKind.RESIDUAL, null, null, null, null)), List.of());
        Waterfall waterfall = Waterfall.of(d);
        WaterfallState state = new WaterfallState();
        waterfall.run(new Receipt("r1", LocalDate.parse("2026-05-06"), Media.THEATRICAL, "FR", eur("900.00"), 90), state);
        ReceiptRun r2 = waterfall.run(new Receipt("r2", LocalDate.parse("2026-05-13"), Media.THEATRICAL, "FR", eur("300.00"), 60), state);
        assertCents("4.00", took(r2, "tickets"));
        assertCents("4.00", state.entitlement("tickets"));
    }

    static Position loan(InterestMode mode, InterestBase base, String investedOn) {
        return new Position("loan", "Banque Coficiné", PositionKind.INVESTMENT, null, eur("10000.00"), null, null, null,
                eur("0.10"), mode, LocalDate.parse(investedOn), null, null, null, "producer", base, null, null);
    }

    @Test
    void interestOnTheOutstandingBalanceFallsAsTheLoanIsRepaid() {
        // 10,000.00 at 10% simple from 2026-01-01, interest on what is outstanding (actual days / 365, at the cent).
        // 2026-07-01, 181 days: 10,000.00 x 10% x 181/365 = 495.89; the 5,000.00 receipt pays the interest first, then
        // 4,504.11 of principal: 5,495.89 left. 2027-01-01, 184 days: 5,495.89 x 10% x 184/365 = 277.05; owed 5,772.94,
        // taken from the 10,000.00 receipt; producer 4,227.06.
        Waterfall waterfall = Waterfall.of(new WaterfallDefinition("EUR", "loan", List.of(loan(InterestMode.SIMPLE,
                InterestBase.OUTSTANDING, "2026-01-01"), position("producer", "Producteur", PositionKind.RESIDUAL, null, null, null,
                        null)), List.of()));
        WaterfallState state = new WaterfallState();
        ReceiptRun r1 = waterfall.run(receipt("r1", "2026-07-01", "5000.00"), state);
        assertCents("5000.00", took(r1, "loan"));
        assertCents("5495.89", state.balances.get("loan").principal());
        assertCents("0", state.balances.get("loan").interest());
        ReceiptRun r2 = waterfall.run(receipt("r2", "2027-01-01", "10000.00"), state);
        assertCents("5772.94", took(r2, "loan"));
        assertCents("4227.06", took(r2, "producer"));
        assertCents("0", state.balances.get("loan").owed());
        assertCents("10772.94", waterfall.target(waterfall.definition().positions().get(0), LocalDate.parse("2030-01-01"), state));

        // on the amount invested instead, the bank is owed 10,000.00 x (1 + 10% x 365/365) = 11,000.00 on 2027-01-01:
        // 6,000.00 of the second receipt, 227.06 more than on the falling balance
        Waterfall invested = Waterfall.of(new WaterfallDefinition("EUR", "loan", List.of(loan(InterestMode.SIMPLE,
                InterestBase.INVESTED, "2026-01-01"), position("producer", "Producteur", PositionKind.RESIDUAL, null, null, null,
                        null)), List.of()));
        WaterfallState other = new WaterfallState();
        invested.run(receipt("r1", "2026-07-01", "5000.00"), other);
        assertCents("6000.00", took(invested.run(receipt("r2", "2027-01-01", "10000.00"), other), "loan"));
    }

    @Test
    void compoundInterestOnTheOutstandingBalanceJoinsThePrincipalOnEachAnniversary() {
        // 10,000.00 at 10% compound from 2024-01-01, nothing repaid until 2026-07-02. 2024 has 366 days:
        // 10,000.00 x 10% x 366/365 = 1,002.74 -> principal 11,002.74 on 2025-01-01; 11,002.74 x 10% = 1,100.27
        // -> 12,103.01 on 2026-01-01; 182 days: 12,103.01 x 10% x 182/365 = 603.49. Owed 12,706.50.
        Position p = loan(InterestMode.COMPOUND, InterestBase.OUTSTANDING, "2024-01-01");
        Waterfall waterfall = Waterfall.of(new WaterfallDefinition("EUR", "loan", List.of(p,
                position("producer", "Producteur", PositionKind.RESIDUAL, null, null, null, null)), List.of()));
        assertCents("12706.50", waterfall.target(p, LocalDate.parse("2026-07-02"), new WaterfallState()));
        // 2,000.00 received on the first anniversary goes to the principal the interest just joined: 9,002.74 left
        WaterfallState state = new WaterfallState();
        waterfall.run(receipt("r", "2025-01-01", "2000.00"), state);
        assertCents("9002.74", state.balances.get("loan").principal());
        assertCents("0", state.balances.get("loan").interest());
    }

    @Test
    void interestOnTheOutstandingBalanceNeedsAnInterestRateAndNoPremium() {
        Position noRate = new Position("loan", "Banque", PositionKind.INVESTMENT, null, eur("100.00"), null, null, null, null,
                null, null, null, null, null, "producer", InterestBase.OUTSTANDING, null, null);
        WaterfallDefinition d = new WaterfallDefinition("EUR", "loan", List.of(noRate,
                position("producer", "Producteur", PositionKind.RESIDUAL, null, null, null, null)), List.of());
        assertEquals("positions[0].interestBase", assertThrows(InvalidWaterfallException.class, () -> Waterfall.of(d)).field());
    }

    static Receipt advance(String id, String date, String gross, ReceiptKind kind, boolean financing) {
        return new Receipt(id, LocalDate.parse(date), Media.THEATRICAL, "FR", eur(gross), null, kind, financing);
    }

    @Test
    void anMgCountsAsRnppWhenReceivedAndTheReceiptsThatRecoupItDoNotCountAgain() {
        // Protocol of 16/12/2010, art. 3.2: "les préventes, à-valoir et minima garantis seront intégralement reportés
        // comme recettes nettes part producteur". The distributor's MG of 100,000.00 reaches the producer on
        // 2026-02-15: it enters at RNPP, so the director's 2% is 2,000.00 at once; the producer keeps 98,000.00.
        Waterfall waterfall = Waterfall.of(theatrical("0.30", "100000.00"));
        WaterfallState state = new WaterfallState();
        ReceiptRun mg = waterfall.run(advance("mg", "2026-02-15", "100000.00", ReceiptKind.MINIMUM_GUARANTEE, true), state);
        assertCents("2000.00", took(mg, "author-1"));
        assertCents("98000.00", took(mg, "producer"));
        assertCents("0", took(mg, "mg"));
        assertCents("0", took(mg, "vat"));
        assertEquals("rnpp", mg.steps().get(0).nodeId());
        // week 1 (worked in frenchTheatricalReleaseWithAnMgNotYetRecoupedLeavesNoRnpp): the distributor recoups
        // 66,579.54 of its MG; nothing reaches RNPP, the author's share stays 2,000.00 in all
        ReceiptRun week1 = waterfall.run(new Receipt("w1", LocalDate.parse("2026-03-10"), Media.THEATRICAL, "FR",
                eur("1000000.00"), 140000), state);
        assertCents("66579.54", took(week1, "mg"));
        assertCents("0", took(week1, "author-1"));
        // week 2: the MG's last 33,420.46 is recouped, and only the 21,895.45 beyond it reaches RNPP: 2% = 437.91. The
        // author's RNPP is 100,000.00 + 21,895.45, not the 100,000.00 again as the distributor recoups it.
        ReceiptRun week2 = waterfall.run(receipt("w2", "2026-03-17", "200000.00"), state);
        assertCents("33420.46", took(week2, "mg"));
        assertCents("437.91", took(week2, "author-1"));
        assertCents("2437.91", state.entitlement("author-1"));
    }

    static WaterfallDefinition authorsOn(RnppDefinition definition, Boolean countsFinancing) {
        return new WaterfallDefinition("EUR", "commission", List.of(
                new Position("commission", "Distributeur", PositionKind.COMMISSION, eur("0.40"), null, null, null, null, null,
                        null, null, eur("0.25"), null, null, "rnpp"),
                position("rnpp", "Producteur", PositionKind.RNPP, null, null, null, "author"),
                new Position("author", "Interprète", PositionKind.AUTHOR_RNPP, eur("0.05"), null, null, null, null, null, null,
                        null, null, null, null, "producer", null, definition, countsFinancing),
                position("producer", "Producteur", PositionKind.RESIDUAL, null, null, null, null)), List.of());
    }

    @Test
    void theRnppDefinitionsDifferOnFinancingAndOnTheProtocolsCommissionCap() {
        // Exploitation receipt 1,000.00, commission 40%, protocol cap 25%: RNPP reached 600.00.
        // CINEMA_2010 adds back the 150.00 above the cap: 5% x 750.00 = 37.50; RNPP-AI counts what reached it: 30.00.
        assertCents("37.50", took(Waterfall.of(authorsOn(null, null)).run(receipt("r", "2026-05-01", "1000.00"),
                new WaterfallState()), "author"));
        assertCents("30.00", took(Waterfall.of(authorsOn(RnppDefinition.AUDIOVISUAL_PERFORMERS, null))
                .run(receipt("r", "2026-05-01", "1000.00"), new WaterfallState()), "author"));
        // A pre-sale of 10,000.00 in the final financing plan: the cinema protocol counts it (5% = 500.00); RNPP-AI does
        // not ("les financements figurant au plan de financement définitif ne sont pas constitutifs de recettes"),
        // nor RNPP-A by default; an RNPP-A position that counts financing (countsFinancing true) takes 500.00.
        Receipt presale = advance("tv", "2026-01-10", "10000.00", ReceiptKind.PRE_SALE, true);
        assertCents("500.00", took(Waterfall.of(authorsOn(RnppDefinition.CINEMA_2010, null)).run(presale, new WaterfallState()), "author"));
        ReceiptRun performers = Waterfall.of(authorsOn(RnppDefinition.AUDIOVISUAL_PERFORMERS, null)).run(presale, new WaterfallState());
        assertCents("0", took(performers, "author"));
        assertCents("10000.00", took(performers, "producer"));
        assertCents("0", took(Waterfall.of(authorsOn(RnppDefinition.AUDIOVISUAL_AUTHORS_2017, null)).run(presale, new WaterfallState()), "author"));
        assertCents("500.00", took(Waterfall.of(authorsOn(RnppDefinition.AUDIOVISUAL_AUTHORS_2017, true)).run(presale, new WaterfallState()), "author"));
        // an MG paid after completion, outside the financing plan, is a receipt for every definition: 5% = 500.00
        assertCents("500.00", took(Waterfall.of(authorsOn(RnppDefinition.AUDIOVISUAL_PERFORMERS, null))
                .run(advance("mg", "2027-01-10", "10000.00", ReceiptKind.MINIMUM_GUARANTEE, false), new WaterfallState()), "author"));
    }

    @Test
    void anMgEntersAtAdvanceEntryAndAWaterfallWithoutRnppNorAdvanceEntryRefusesIt() {
        List<Position> positions = List.of(
                position("commission", "Distributeur", PositionKind.COMMISSION, "0.25", null, null, "investor"),
                position("investor", "Sofica", PositionKind.PERCENT_OF_NET, "0.50", null, null, "producer"),
                position("producer", "Producteur", PositionKind.RESIDUAL, null, null, null, null));
        Receipt mg = advance("mg", "2026-02-01", "1000.00", ReceiptKind.MINIMUM_GUARANTEE, false);
        InvalidWaterfallException e = assertThrows(InvalidWaterfallException.class,
                () -> Waterfall.of(new WaterfallDefinition("EUR", "commission", positions, List.of())).run(mg, new WaterfallState()));
        assertEquals("advanceEntry", e.field());
        // entering after the distributor's commission: the Sofica's 50% = 500.00
        ReceiptRun run = Waterfall.of(new WaterfallDefinition("EUR", "commission", positions, List.of(), "investor", null))
                .run(mg, new WaterfallState());
        assertCents("0", took(run, "commission"));
        assertCents("500.00", took(run, "investor"));
        assertEquals("advanceEntry", assertThrows(InvalidWaterfallException.class, () -> Waterfall.of(
                new WaterfallDefinition("EUR", "commission", positions, List.of(), "nowhere", null))).field());
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
