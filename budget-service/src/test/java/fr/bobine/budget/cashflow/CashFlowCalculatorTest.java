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
import fr.bobine.budget.cashflow.CashFlowCalculator.Plan;
import fr.bobine.budget.cashflow.CashFlowCalculator.Week;

class CashFlowCalculatorTest {

    static final LocalDate OPENING = LocalDate.of(2027, 4, 7); // a Wednesday: the plan starts Monday 5 April
    static final LocalDate W14 = LocalDate.of(2027, 4, 5);
    static final LocalDate W15 = LocalDate.of(2027, 4, 12);
    static final LocalDate W16 = LocalDate.of(2027, 4, 19);
    static final LocalDate W17 = LocalDate.of(2027, 4, 26);

    static BigDecimal d(String s) {
        return new BigDecimal(s);
    }

    static Item expected(LocalDate on, CashCategory category, String ref, String amount) {
        return new Item(on, category, "TEST", ref, ref, d(amount), false, true);
    }

    static Item happens(LocalDate on, CashCategory category, String ref, String amount) {
        return new Item(on, category, "TEST", ref, ref, d(amount), true, true);
    }

    static Plan plan(String opening, String threshold, List<Item> items) {
        return CashFlowCalculator.compute(OPENING, d(opening), d(threshold), items, null, null);
    }

    /** Four weeks: an invoice, an instalment, a salary, an order. */
    static List<Item> fourWeeks() {
        return List.of(expected(LocalDate.of(2027, 4, 9), CashCategory.SUPPLIER_INVOICES, "F-1", "31200.00"),
                expected(LocalDate.of(2027, 4, 14), CashCategory.FINANCING, "CNC", "50000.00"),
                happens(LocalDate.of(2027, 4, 16), CashCategory.SALARIES, "TS-1", "2000.00"),
                expected(LocalDate.of(2027, 4, 26), CashCategory.PURCHASE_ORDERS, "BC-1", "14400.00"));
    }

    @Test
    void runningBalanceWeekByWeek() {
        Plan p = plan("10000.00", "0.00", fourWeeks());
        assertEquals(List.of(W14, W15, W16, W17), p.weeks().stream().map(Week::weekStart).toList());
        // W14: 10 000.00 − 31 200.00 = −21 200.00
        Week w14 = p.weeks().get(0);
        assertEquals(d("10000.00"), w14.opening());
        assertEquals(d("31200.00"), w14.moneyOut().get(CashCategory.SUPPLIER_INVOICES));
        assertEquals(d("31200.00"), w14.totalOut());
        assertEquals(d("0.00"), w14.totalIn());
        assertEquals(d("-31200.00"), w14.net());
        assertEquals(d("-21200.00"), w14.closing());
        assertTrue(w14.shortfall());
        // W15: −21 200.00 + 50 000.00 − 2 000.00 = 26 800.00
        Week w15 = p.weeks().get(1);
        assertEquals(d("-21200.00"), w15.opening());
        assertEquals(d("50000.00"), w15.moneyIn().get(CashCategory.FINANCING));
        assertEquals(d("2000.00"), w15.moneyOut().get(CashCategory.SALARIES));
        assertEquals(d("48000.00"), w15.net());
        assertEquals(d("26800.00"), w15.closing());
        assertFalse(w15.shortfall());
        // W16: nothing moves
        assertEquals(d("26800.00"), p.weeks().get(2).closing());
        assertTrue(p.weeks().get(2).items().isEmpty());
        // W17: 26 800.00 − 14 400.00 = 12 400.00
        assertEquals(d("12400.00"), p.weeks().get(3).closing());
        assertEquals(d("14400.00"), p.weeks().get(3).moneyOut().get(CashCategory.PURCHASE_ORDERS));
    }

    @Test
    void shortfallListsTheWeeksBelowTheThresholdAndTheLowestBalance() {
        Plan p = plan("10000.00", "15000.00", fourWeeks());
        // below 15 000.00: W14 (−21 200.00) and W17 (12 400.00); the lowest is W14
        assertEquals(W14, p.shortfall().firstWeek());
        assertEquals(W14, p.shortfall().lowestWeek());
        assertEquals(d("-21200.00"), p.shortfall().lowestBalance());
        assertEquals(List.of(new CashFlowCalculator.ShortfallWeek(W14, d("-21200.00")),
                new CashFlowCalculator.ShortfallWeek(W17, d("12400.00"))), p.shortfall().weeks());
    }

    @Test
    void aBalanceEqualToTheThresholdIsNoShortfall() {
        Plan p = plan("31200.00", "0.00", List.of(expected(LocalDate.of(2027, 4, 9), CashCategory.SUPPLIER_INVOICES, "F-1",
                "31200.00")));
        assertEquals(d("0.00"), p.weeks().get(0).closing());
        assertFalse(p.weeks().get(0).shortfall());
        assertFalse(p.shortfall().any());
        assertNull(p.shortfall().firstWeek());
        assertEquals(d("0.00"), p.shortfall().lowestBalance());
    }

    @Test
    void pastMovementsThatHappenedAreInTheOpeningBalanceAndLateOnesFallInTheFirstWeek() {
        List<Item> items = List.of(
                // paid on 1 April, before the opening date: already in the 10 000.00
                happens(LocalDate.of(2027, 4, 1), CashCategory.SUPPLIER_INVOICES, "PAY-1", "5000.00"),
                // received on 6 April, before the opening date: already in it too
                happens(LocalDate.of(2027, 4, 6), CashCategory.FINANCING, "SOFICA", "20000.00"),
                // due on 20 March and not paid: late, in the first week
                expected(LocalDate.of(2027, 3, 20), CashCategory.SUPPLIER_INVOICES, "F-OLD", "1200.00"),
                // paid on the opening day itself: not in the opening balance, in the first week
                happens(OPENING, CashCategory.SUPPLIER_INVOICES, "PAY-2", "300.00"));
        Plan p = plan("10000.00", "0.00", items);
        assertEquals(1, p.weeks().size());
        Week w14 = p.weeks().get(0);
        // 10 000.00 − 1 200.00 − 300.00 = 8 500.00
        assertEquals(d("1500.00"), w14.totalOut());
        assertEquals(d("8500.00"), w14.closing());
        assertEquals(2, w14.items().size());
        assertTrue(w14.items().stream().filter(i -> i.item().reference().equals("F-OLD")).findFirst().orElseThrow().overdue());
        assertFalse(w14.items().stream().filter(i -> i.item().reference().equals("PAY-2")).findFirst().orElseThrow().overdue());
    }

    @Test
    void moneyNotConfirmedIsShownButStaysOutOfTheBalance() {
        Item planned = new Item(LocalDate.of(2027, 4, 13), CashCategory.FINANCING, "FINANCING_SOURCE", "REGION", "Région",
                d("80000.00"), false, false);
        Plan p = plan("1000.00", "0.00", List.of(planned,
                expected(LocalDate.of(2027, 4, 15), CashCategory.PURCHASE_ORDERS, "BC-2", "6000.00")));
        Week w15 = p.weeks().get(1);
        assertEquals(d("80000.00"), w15.notYetConfirmedIn());
        assertEquals(d("0.00"), w15.totalIn());
        // 1 000.00 − 6 000.00 = −5 000.00, the 80 000.00 not counted
        assertEquals(d("-5000.00"), w15.closing());
        assertTrue(w15.shortfall());
        assertEquals(2, w15.items().size());
    }

    @Test
    void weeksBeforeFromCountInItsOpeningBalanceWithoutBeingShown() {
        Plan p = CashFlowCalculator.compute(OPENING, d("10000.00"), d("0.00"), fourWeeks(), LocalDate.of(2027, 4, 21),
                LocalDate.of(2027, 4, 30));
        assertEquals(List.of(W16, W17), p.weeks().stream().map(Week::weekStart).toList());
        assertEquals(d("26800.00"), p.weeks().get(0).opening());
        assertEquals(d("12400.00"), p.weeks().get(1).closing());
        // the W14 shortfall is not in the weeks shown
        assertFalse(p.shortfall().any());
        assertEquals(d("12400.00"), p.shortfall().lowestBalance());
    }

    @Test
    void fromBeforeTheOpeningWeekStartsAtTheOpeningWeekAndToCutsLaterMovements() {
        Plan p = CashFlowCalculator.compute(OPENING, d("10000.00"), d("0.00"), fourWeeks(), LocalDate.of(2027, 1, 1),
                LocalDate.of(2027, 4, 12));
        assertEquals(W14, p.from());
        assertEquals(W15, p.to());
        assertEquals(2, p.weeks().size());
        assertEquals(d("26800.00"), p.weeks().get(1).closing());
    }

    @Test
    void undatedMovementsAreListedApartAndZeroOnesAreDropped() {
        Item undated = new Item(null, CashCategory.FINANCING, "FINANCING_SOURCE", "MG", "MG", d("150000.00"), false, true);
        Plan p = plan("0.00", "0.00", List.of(undated, expected(LocalDate.of(2027, 4, 8), CashCategory.SALARIES, "Z", "0.00")));
        assertEquals(List.of(undated), p.undated());
        assertEquals(1, p.weeks().size());
        assertTrue(p.weeks().get(0).items().isEmpty());
        assertEquals(d("0.00"), p.weeks().get(0).closing());
    }

    @Test
    void everyCategoryIsPresentEvenAtZero() {
        Week w = plan("0.00", "0.00", List.of()).weeks().get(0);
        assertEquals(List.of(CashCategory.FINANCING), List.copyOf(w.moneyIn().keySet()));
        assertEquals(List.of(CashCategory.SUPPLIER_INVOICES, CashCategory.PURCHASE_ORDERS, CashCategory.SALARIES,
                CashCategory.SOCIAL_CHARGES, CashCategory.RIGHTS_STATEMENTS), List.copyOf(w.moneyOut().keySet()));
        assertEquals(d("0.00"), w.moneyOut().get(CashCategory.RIGHTS_STATEMENTS));
    }

    @Test
    void weekOfIsTheMondayOfTheIsoWeek() {
        assertEquals(W14, CashFlowCalculator.weekOf(LocalDate.of(2027, 4, 11)));
        assertEquals(W15, CashFlowCalculator.weekOf(W15));
        assertEquals("2027-W14", CashFlowService.isoWeek(W14));
        // 1 January 2027 is a Friday of ISO week 2026-W53
        assertEquals("2026-W53", CashFlowService.isoWeek(CashFlowCalculator.weekOf(LocalDate.of(2027, 1, 1))));
    }
}
