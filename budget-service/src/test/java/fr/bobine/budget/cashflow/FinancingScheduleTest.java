package fr.bobine.budget.cashflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import fr.bobine.budget.cashflow.CashFlowCalculator.Item;
import fr.bobine.budget.cashflow.FinancingSchedule.Due;
import fr.bobine.budget.cashflow.FinancingSchedule.Instalment;
import fr.bobine.budget.cashflow.FinancingSchedule.Source;

class FinancingScheduleTest {

    static BigDecimal d(String s) {
        return new BigDecimal(s);
    }

    static LocalDate day(String s) {
        return LocalDate.parse(s);
    }

    static Source source(String amount, boolean confirmed, boolean received, String expected, String actual) {
        return new Source("S", "Pyramide", d(amount), confirmed, received, expected == null ? null : day(expected),
                actual == null ? null : day(actual));
    }

    @Test
    void instalmentsComeInWhenReceivedElseWhenDue() {
        List<Item> items = FinancingSchedule.items(source("30000.00", true, false, "2027-02-01", null), List.of(
                new Instalment(1, day("2027-03-15"), d("10000.00"), day("2027-03-16")),
                new Instalment(2, day("2027-04-20"), d("20000.00"), null)), List.of());
        assertEquals(2, items.size());
        assertEquals(day("2027-03-16"), items.get(0).date());
        assertTrue(items.get(0).paidOnItsDate());
        assertEquals("S#1", items.get(0).reference());
        assertEquals(day("2027-04-20"), items.get(1).date());
        assertFalse(items.get(1).paidOnItsDate());
        assertEquals(d("20000.00"), items.get(1).amount());
        assertTrue(items.get(1).confirmed());
    }

    @Test
    void aSourceWithoutInstalmentsIsOneMovementOnItsActualOrExpectedDate() {
        Item received = FinancingSchedule.items(source("250000.00", true, true, "2027-01-15", "2027-01-18"), List.of(),
                List.of()).get(0);
        assertEquals(day("2027-01-18"), received.date());
        assertTrue(received.paidOnItsDate());
        Item planned = FinancingSchedule.items(source("150000.00", false, false, "2027-03-15", null), List.of(), List.of())
                .get(0);
        assertEquals(day("2027-03-15"), planned.date());
        assertFalse(planned.confirmed());
        Item undated = FinancingSchedule.items(source("80000.00", true, false, null, null), List.of(), List.of()).get(0);
        assertNull(undated.date());
    }

    @Test
    void mgInstalmentsThatFellDueDateAnUnscheduledMgAndTheRestStaysUndated() {
        // MG 60 000.00: 24 000.00 fell due on 28 April, 6 000.00 on 12 May; 60 000.00 − 30 000.00 = 30 000.00 not due yet
        List<Item> items = FinancingSchedule.items(source("60000.00", true, false, "2027-03-01", null), List.of(), List.of(
                new Due("I1", day("2027-04-28"), d("24000.00"), "à la livraison"),
                new Due("I2", day("2027-05-12"), d("6000.00"), "au visa")));
        assertEquals(3, items.size());
        assertEquals(day("2027-04-28"), items.get(0).date());
        assertEquals("MG_INSTALMENT", items.get(0).sourceKind());
        assertEquals("I1", items.get(0).reference());
        assertEquals(day("2027-05-12"), items.get(1).date());
        assertNull(items.get(2).date());
        assertEquals(d("30000.00"), items.get(2).amount());
    }

    @Test
    void mgDueOnAScheduledSourceMovesTheFirstOpenInstalmentOfThatAmountOrLeavesAMatchingOneAlone() {
        List<Instalment> schedule = List.of(new Instalment(1, day("2027-03-01"), d("30000.00"), day("2027-03-02")),
                new Instalment(2, day("2027-09-01"), d("60000.00"), null),
                new Instalment(3, day("2027-12-01"), d("60000.00"), null));
        // already on its date: nothing moves
        List<Item> same = FinancingSchedule.items(source("150000.00", true, false, null, null), schedule,
                List.of(new Due("I2", day("2027-09-01"), d("60000.00"), "à la sortie")));
        assertEquals(List.of(day("2027-03-02"), day("2027-09-01"), day("2027-12-01")), same.stream().map(Item::date).toList());
        // fell due earlier: the first open instalment of 60 000.00 (the 2nd) moves to 15 June, the 3rd stays
        List<Item> moved = FinancingSchedule.items(source("150000.00", true, false, null, null), schedule,
                List.of(new Due("I2", day("2027-06-15"), d("60000.00"), "à la livraison")));
        assertEquals(List.of(day("2027-03-02"), day("2027-06-15"), day("2027-12-01")), moved.stream().map(Item::date).toList());
        // a received instalment never moves, and an amount no instalment has moves nothing
        List<Item> none = FinancingSchedule.items(source("150000.00", true, false, null, null), schedule,
                List.of(new Due("I1", day("2027-02-01"), d("30000.00"), "à la signature"),
                        new Due("I9", day("2027-02-01"), d("1234.00"), "?")));
        assertEquals(List.of(day("2027-03-02"), day("2027-09-01"), day("2027-12-01")), none.stream().map(Item::date).toList());
    }

    @Test
    void anMgInstalmentTheDistributorPaidComesInOnTheDayItWasReceived() {
        // no schedule: 24 000.00 fell due on 28 April and came in on 5 May; 6 000.00 fell due on 12 May, still owed
        List<Item> items = FinancingSchedule.items(source("60000.00", true, false, "2027-03-01", null), List.of(), List.of(
                new Due("I1", day("2027-04-28"), d("24000.00"), "à la livraison", day("2027-05-05")),
                new Due("I2", day("2027-05-12"), d("6000.00"), "au visa")));
        assertEquals(day("2027-05-05"), items.get(0).date());
        assertTrue(items.get(0).paidOnItsDate());
        assertTrue(items.get(0).label().endsWith("reçue"));
        assertEquals(day("2027-05-12"), items.get(1).date());
        assertFalse(items.get(1).paidOnItsDate());
        // a schedule: the instalment on that date, or the one moved to it, comes in when received
        List<Instalment> schedule = List.of(new Instalment(1, day("2027-03-01"), d("30000.00"), null),
                new Instalment(2, day("2027-09-01"), d("60000.00"), null));
        List<Item> onItsDate = FinancingSchedule.items(source("90000.00", true, false, null, null), schedule,
                List.of(new Due("I1", day("2027-03-01"), d("30000.00"), "à la signature", day("2027-03-04"))));
        assertEquals(List.of(day("2027-03-04"), day("2027-09-01")), onItsDate.stream().map(Item::date).toList());
        assertEquals(List.of(true, false), onItsDate.stream().map(Item::paidOnItsDate).toList());
        List<Item> moved = FinancingSchedule.items(source("90000.00", true, false, null, null), schedule,
                List.of(new Due("I2", day("2027-06-15"), d("60000.00"), "à la livraison", day("2027-06-30"))));
        assertEquals(List.of(day("2027-03-01"), day("2027-06-30")), moved.stream().map(Item::date).toList());
        assertEquals(List.of(false, true), moved.stream().map(Item::paidOnItsDate).toList());
    }
}
