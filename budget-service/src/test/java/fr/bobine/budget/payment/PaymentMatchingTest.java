package fr.bobine.budget.payment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import fr.bobine.budget.payment.PaymentMatching.Candidate;
import fr.bobine.budget.payment.PaymentMatching.InvoiceDue;
import fr.bobine.budget.payment.PaymentMatching.Outcome;

class PaymentMatchingTest {

    static final UUID PRODUCTION = UUID.randomUUID();
    static final LocalDate MAY_30 = LocalDate.of(2027, 5, 30);
    static final String SIRET = "39124478000014";

    static BigDecimal d(String s) {
        return new BigDecimal(s);
    }

    /** Camera rental: net 26 000.00 + VAT 20 % 5 200.00 = gross 31 200.00, nothing paid yet. */
    static final InvoiceDue CAMERA = new InvoiceDue(UUID.randomUUID(), PRODUCTION, "TPX-27-0412", "EUR", true,
            d("31200.00"), d("0.00"));

    static Candidate line(int n, String ref, InvoiceDue invoice, String amount) {
        return new Candidate(n, ref, SIRET, invoice == null ? "X-1" : invoice.number(), MAY_30, d(amount), "EUR", invoice);
    }

    @Test
    void twoInstalmentsThatAddUpToTheGrossAreBookedAndTheSecondSettlesTheInvoice() {
        // 20 000.00 + 11 200.00 = 31 200.00 = gross
        PaymentMatching.Result r = PaymentMatching.decide(PRODUCTION,
                List.of(line(2, "R1", CAMERA, "20000.00"), line(3, "R2", CAMERA, "11200.00")), Map.of());
        assertEquals(List.of(), r.errors());
        assertEquals(2, r.count(Outcome.BOOK));
        assertFalse(r.decisions().get(0).settlesInvoice());
        assertTrue(r.decisions().get(1).settlesInvoice());
    }

    @Test
    void moreThanTheRemainingDueCountsEarlierPaymentsAndEarlierLinesOfTheFile() {
        // already paid 10 000.00; line 2 pays 20 000.00: 31 200.00 - 10 000.00 - 20 000.00 = 1 200.00 left,
        // so line 3's 1 200.01 is one cent too much
        InvoiceDue partlyPaid = new InvoiceDue(CAMERA.invoiceId(), PRODUCTION, CAMERA.number(), "EUR", true,
                d("31200.00"), d("10000.00"));
        PaymentMatching.Result r = PaymentMatching.decide(PRODUCTION,
                List.of(line(2, "R1", partlyPaid, "20000.00"), line(3, "R2", partlyPaid, "1200.01")), Map.of());
        assertEquals(List.of(new PaymentCsv.LineError(3, "amount 1200.01 is more than the 1200.00 still due on invoice "
                + "TPX-27-0412 of supplier 39124478000014")), r.errors());
    }

    @Test
    void unknownForeignMismatchedWrongCurrencyAndNonPositiveLinesAreEachRefusedWithTheirReason() {
        InvoiceDue foreign = new InvoiceDue(UUID.randomUUID(), UUID.randomUUID(), "F-9", "EUR", true, d("100.00"), d("0"));
        InvoiceDue mismatched = new InvoiceDue(UUID.randomUUID(), PRODUCTION, "LDO-27-119", "EUR", false, d("23700.00"),
                d("0.00"));
        Candidate dollars = new Candidate(6, "R6", SIRET, CAMERA.number(), MAY_30, d("100.00"), "USD", CAMERA);
        PaymentMatching.Result r = PaymentMatching.decide(PRODUCTION, List.of(line(2, "R2", null, "10.00"),
                line(3, "R3", foreign, "10.00"), line(4, "R4", mismatched, "100.00"), line(5, "R5", CAMERA, "0.00"),
                dollars), Map.of());
        assertEquals(List.of(
                new PaymentCsv.LineError(2, "unknown invoice X-1 of supplier 39124478000014"),
                new PaymentCsv.LineError(3, "invoice F-9 of supplier 39124478000014 belongs to another production"),
                new PaymentCsv.LineError(4, "invoice LDO-27-119 of supplier 39124478000014 is not matched to its order and "
                        + "receipt: match it before paying it"),
                new PaymentCsv.LineError(5, "amount 0.00 is not above zero"),
                new PaymentCsv.LineError(6, "wrong currency USD: invoice TPX-27-0412 of supplier 39124478000014 is in EUR")),
                r.errors());
        assertEquals(0, r.decisions().size());
    }

    @Test
    void aReferenceAlreadyBookedIsCountedOnceAndNotAgainstTheRemainingDue() {
        // R1 (20 000.00) was booked by an earlier file; the invoice shows it paid. R2 pays the 11 200.00 left.
        InvoiceDue afterR1 = new InvoiceDue(CAMERA.invoiceId(), PRODUCTION, CAMERA.number(), "EUR", true, d("31200.00"),
                d("20000.00"));
        PaymentMatching.Result r = PaymentMatching.decide(PRODUCTION,
                List.of(line(2, "R1", afterR1, "20000.00"), line(3, "R2", afterR1, "11200.00")),
                Map.of("R1", new PaymentMatching.Booked(CAMERA.invoiceId(), MAY_30, d("20000.00"))));
        assertEquals(List.of(), r.errors());
        assertEquals(Outcome.ALREADY_BOOKED, r.decisions().get(0).outcome());
        assertEquals(Outcome.BOOK, r.decisions().get(1).outcome());
        assertTrue(r.decisions().get(1).settlesInvoice());
    }

    @Test
    void aReferenceBookedWithOtherFiguresOrRepeatedInTheFileIsRefused() {
        PaymentMatching.Result r = PaymentMatching.decide(PRODUCTION,
                List.of(line(2, "R1", CAMERA, "20000.00"), line(3, "R2", CAMERA, "100.00"), line(4, "R2", CAMERA, "100.00")),
                Map.of("R1", new PaymentMatching.Booked(CAMERA.invoiceId(), MAY_30, d("19000.00"))));
        assertEquals(List.of(
                new PaymentCsv.LineError(2, "reference R1 is already booked with other figures (2027-05-30, 19000.00)"),
                new PaymentCsv.LineError(4, "same payment as line 3 (reference R2)")), r.errors());
    }
}
