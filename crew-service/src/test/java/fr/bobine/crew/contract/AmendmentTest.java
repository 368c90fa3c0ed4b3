package fr.bobine.crew.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import fr.bobine.platform.money.Money;

/**
 * C. civ. art. 1193: a contract is changed only by the consent of both parties, the amendment (avenant) they sign.
 * C. trav. L1243-11: a CDD whose work goes on after its term becomes a CDI, so an extension is signed by the term.
 * A contract from Monday 1 March to Sunday 11 April 2027 at 1 400.00, meals 18.19 a day, examined on 1 March 2027.
 */
class AmendmentTest {

    static final LocalDate START = LocalDate.of(2027, 3, 1);
    static final LocalDate END = LocalDate.of(2027, 4, 11);
    static final List<Allowance> MEALS = ContractCostTest.MEALS;

    static Optional<Amendment.Refusal> refusal(LocalDate lastRecorded, LocalDate effective, LocalDate signed, String rate,
            LocalDate end, List<Allowance> allowances) {
        return Amendment.refusal(START, END, new BigDecimal("1400.00"), MEALS, lastRecorded, new Amendment.Change(effective,
                signed, rate == null ? null : new BigDecimal(rate), end, allowances), LocalDate.of(2027, 3, 1));
    }

    @Test
    void anAmendmentChangesSomething() {
        assertEquals("rate", refusal(null, START, START, "1400", null, null).orElseThrow().field(), "1 400 = 1 400.00");
        assertEquals("rate", refusal(null, START, START, null, END, List.of(new Allowance(AllowanceKind.MEAL,
                Money.eur("18.190"), AllowanceBasis.PER_WORKED_DAY))).orElseThrow().field(), "18.190 = 18.19");
        assertTrue(refusal(null, START, START, "1400.01", null, null).isEmpty());
        assertEquals("rate", refusal(null, START, START, "0", null, null).orElseThrow().field());
    }

    @Test
    void itIsRecordedOnceSigned() {
        Amendment.Refusal future = refusal(null, START, LocalDate.of(2027, 3, 2), "1500.00", null, null).orElseThrow();
        assertTrue(future.malformed());
        assertEquals("signedOn", future.field());
    }

    /** Effective on the first day and on the (new) last day: accepted; the day before the start or after the end: 422. */
    @Test
    void itTakesEffectInsideTheContract() {
        assertTrue(refusal(null, START, START, "1500.00", null, null).isEmpty());
        assertTrue(refusal(null, END, START, "1500.00", null, null).isEmpty());
        assertEquals("effective-date-outside-contract", refusal(null, START.minusDays(1), START, "1500.00", null, null)
                .orElseThrow().type());
        assertEquals("effective-date-outside-contract", refusal(null, END.plusDays(1), START, "1500.00", null, null)
                .orElseThrow().type());
        assertEquals("endDate", refusal(null, START, START, null, START.minusDays(1), null).orElseThrow().field());
    }

    /** Hours recorded up to Sunday 14 March: from 14 March is refused, from 15 March accepted. */
    @Test
    void itCannotReachBackOverRecordedHours() {
        LocalDate recorded = LocalDate.of(2027, 3, 14);
        Amendment.Refusal over = refusal(recorded, recorded, START, "1500.00", null, null).orElseThrow();
        assertEquals("amendment-covers-recorded-hours", over.type());
        assertEquals("effectiveFrom", over.field());
        assertTrue(refusal(recorded, recorded.plusDays(1), START, "1500.00", null, null).isEmpty());
    }

    /**
     * Extended to 25 April: signed on the term, 11 April, accepted (examined that day); signed on 12 April, the day after,
     * refused. An earlier term (4 April) is no extension and may be signed whenever before it takes effect.
     */
    @Test
    void anExtensionIsSignedByTheTerm() {
        LocalDate later = LocalDate.of(2027, 4, 25);
        Change onTerm = new Change(LocalDate.of(2027, 4, 5), END, later);
        assertTrue(Amendment.refusal(START, END, new BigDecimal("1400.00"), MEALS, null, onTerm.change(), END).isEmpty());
        Change afterTerm = new Change(LocalDate.of(2027, 4, 5), END.plusDays(1), later);
        Amendment.Refusal late = Amendment.refusal(START, END, new BigDecimal("1400.00"), MEALS, null, afterTerm.change(),
                END.plusDays(1)).orElseThrow();
        assertEquals("extension-after-term", late.type());
        assertTrue(refusal(null, LocalDate.of(2027, 3, 15), START, null, LocalDate.of(2027, 4, 4), null).isEmpty());
    }

    record Change(LocalDate effective, LocalDate signed, LocalDate end) {
        Amendment.Change change() {
            return new Amendment.Change(effective, signed, null, end, null);
        }
    }
}
