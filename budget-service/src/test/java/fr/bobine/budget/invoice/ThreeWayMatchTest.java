package fr.bobine.budget.invoice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import fr.bobine.budget.invoice.ThreeWayMatch.Input;
import fr.bobine.budget.invoice.ThreeWayMatch.Result;
import fr.bobine.budget.invoice.ThreeWayMatch.Tolerance;

class ThreeWayMatchTest {

    static BigDecimal d(String s) {
        return new BigDecimal(s);
    }

    // 50.00 or 1 % of the order, whichever is smaller
    final Tolerance tolerance = new Tolerance(d("50.00"), d("0.01"));

    @Test
    void invoiceEqualToOrderAndReceiptMatches() {
        // order 12 000.00, received 12 000.00, invoice 12 000.00 + VAT 20 % 2 400.00 = 14 400.00
        Result r = ThreeWayMatch.match(new Input(d("12000.00"), d("12000.00"), d("0.00"), d("12000.00"), d("2400.00"),
                d("14400.00")), tolerance);
        assertTrue(r.matched());
        assertEquals(List.of(), r.reasons());
    }

    @Test
    void smallDifferenceWithinTheToleranceMatches() {
        // order 3 000.00: 1 % = 30.00 < 50.00, tolerance 30.00; invoice 3 029.99 is 29.99 over: matched
        Result r = ThreeWayMatch.match(new Input(d("3000.00"), d("3029.99"), d("0.00"), d("3029.99"), d("605.99"),
                d("3635.98")), tolerance);
        assertTrue(r.matched(), r.reasons().toString());
    }

    @Test
    void differenceBeyondTheStricterToleranceStaysOpenWithTheReason() {
        // order 12 000.00: 1 % = 120.00, amount 50.00: tolerance 50.00; invoice 12 050.01 is 50.01 over
        Result r = ThreeWayMatch.match(new Input(d("12000.00"), d("12050.01"), d("0.00"), d("12050.01"), d("2410.00"),
                d("14460.01")), tolerance);
        assertFalse(r.matched());
        assertEquals(List.of("invoiced 12050.01 exceeds the order 12000.00 by 50.01, beyond the tolerance of 50.00"),
                r.reasons());
    }

    @Test
    void secondInvoiceCountsWhatWasAlreadyInvoicedOnTheOrder() {
        // order 10 000.00 (tolerance min(50.00, 100.00) = 50.00); 6 000.00 already invoiced, received 8 000.00;
        // invoice 4 000.00: invoiced 10 000.00, within the order, but 2 000.00 above the receipt
        Result r = ThreeWayMatch.match(new Input(d("10000.00"), d("8000.00"), d("6000.00"), d("4000.00"), d("800.00"),
                d("4800.00")), tolerance);
        assertFalse(r.matched());
        assertEquals(List.of("invoiced 10000.00 exceeds what was received 8000.00 by 2000.00, beyond the tolerance of 50.00"),
                r.reasons());
    }

    @Test
    void partialInvoiceBelowOrderMatchesOnceReceived() {
        Result r = ThreeWayMatch.match(new Input(d("10000.00"), d("4000.00"), d("0.00"), d("4000.00"), d("800.00"),
                d("4800.00")), tolerance);
        assertTrue(r.matched());
    }

    @Test
    void invoiceWithoutReceiptAndWrongGrossGivesBothReasons() {
        // 1 000.00 + 200.00 = 1 200.00, not 1 210.00
        Result r = ThreeWayMatch.match(new Input(d("1000.00"), null, d("0.00"), d("1000.00"), d("200.00"), d("1210.00")),
                tolerance);
        assertFalse(r.matched());
        assertEquals(List.of("gross 1210.00 is not net 1000.00 + VAT 200.00", "no receipt or sign-off recorded for the order"),
                r.reasons());
    }

    @Test
    void percentageToleranceIsRoundedHalfUpAtTheCent() {
        // order 1 234.50 x 1 % = 12.345 -> 12.35; invoice 12.35 over matches, 12.36 over does not
        assertTrue(ThreeWayMatch.match(new Input(d("1234.50"), d("1246.85"), d("0.00"), d("1246.85"), d("0.00"), d("1246.85")),
                tolerance).matched());
        assertFalse(ThreeWayMatch.match(new Input(d("1234.50"), d("1246.86"), d("0.00"), d("1246.86"), d("0.00"), d("1246.86")),
                tolerance).matched());
    }
}
