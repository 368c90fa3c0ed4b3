package fr.bobine.distribution.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import fr.bobine.distribution.contract.ContractEnums.InstalmentStatus;
import fr.bobine.distribution.contract.MgReplan.Instalment;
import fr.bobine.distribution.contract.MgReplan.Plan;

/** What an amendment (avenant, Code civil art. 1193) that changes an MG does to its instalments, to the cent. */
class MgReplanTest {

    static final UUID SIGNATURE = UUID.randomUUID();
    static final UUID DATE = UUID.randomUUID();
    static final UUID RELEASE = UUID.randomUUID();

    static BigDecimal eur(String amount) {
        return new BigDecimal(amount);
    }

    @Test
    void aRaisedMgGoesToTheInstalmentStillScheduled() {
        // MG 150,000.00: 30,000.00 due at signature, 120,000.00 on delivery. Raised to 180,000.00: 30,000.00 is owed,
        // the 150,000.00 left is the delivery instalment's, which keeps its trigger and deliverables.
        Plan plan = MgReplan.replan(eur("180000.00"), List.of(new Instalment(SIGNATURE, InstalmentStatus.DUE, eur("30000.00")),
                new Instalment(DATE, InstalmentStatus.SCHEDULED, eur("120000.00"))));
        assertEquals(Map.of(DATE, eur("150000.00")), plan.rescheduled());
        assertEquals(List.of(), plan.cancelled());
        assertEquals(0, plan.dueAtSigning().signum());
        assertEquals(eur("30000.00"), plan.owed());
    }

    @Test
    void anMgRaisedFrom100000To120000IsReplannedByLargestRemainder() {
        // MG 100,000.00: 10,000.00 received at signature, three instalments of 30,000.00 still scheduled. Raised to
        // 120,000.00: 120,000.00 - 10,000.00 = 110,000.00 left, split 1:1:1 = 36,666.666... each; floors 36,666.66 x 3
        // = 109,999.98, the 2 cents left go to the largest remainders (0.666... of a cent, all equal: earlier first):
        // 36,666.67 + 36,666.67 + 36,666.66 = 110,000.00, and 10,000.00 + 110,000.00 = 120,000.00.
        UUID third = UUID.randomUUID();
        Plan plan = MgReplan.replan(eur("120000.00"), List.of(new Instalment(SIGNATURE, InstalmentStatus.RECEIVED, eur("10000.00")),
                new Instalment(DATE, InstalmentStatus.SCHEDULED, eur("30000.00")),
                new Instalment(RELEASE, InstalmentStatus.SCHEDULED, eur("30000.00")),
                new Instalment(third, InstalmentStatus.SCHEDULED, eur("30000.00"))));
        assertEquals(List.of(DATE, RELEASE, third), List.copyOf(plan.rescheduled().keySet()));
        assertEquals(List.of(eur("36666.67"), eur("36666.67"), eur("36666.66")), List.copyOf(plan.rescheduled().values()));
        assertEquals(eur("10000.00"), plan.owed());
        assertEquals(0, plan.dueAtSigning().signum());
    }

    @Test
    void aLoweredMgIsSpreadOverTheScheduledInstalmentsInProportionToTheCent() {
        // 30,000.00 received; 45,000.00 on a date and 75,000.00 at release still scheduled. Lowered to 100,000.01:
        // 70,000.01 left, split 45:75: 26,250.00375 -> 26,250.00 and 43,750.00625 -> 43,750.00, 69,999.99 + ... the
        // cent left goes to the larger remainder (0.625 of a cent): 26,250.00 + 43,750.01 = 70,000.01.
        Plan plan = MgReplan.replan(eur("100000.01"), List.of(new Instalment(SIGNATURE, InstalmentStatus.RECEIVED, eur("30000.00")),
                new Instalment(DATE, InstalmentStatus.SCHEDULED, eur("45000.00")),
                new Instalment(RELEASE, InstalmentStatus.SCHEDULED, eur("75000.00"))));
        assertEquals(eur("26250.00"), plan.rescheduled().get(DATE));
        assertEquals(eur("43750.01"), plan.rescheduled().get(RELEASE));
    }

    @Test
    void anMgLoweredToExactlyWhatIsOwedCancelsTheScheduledInstalments() {
        Plan plan = MgReplan.replan(eur("30000.00"), List.of(new Instalment(SIGNATURE, InstalmentStatus.DUE, eur("30000.00")),
                new Instalment(DATE, InstalmentStatus.SCHEDULED, eur("120000.00"))));
        assertEquals(List.of(DATE), plan.cancelled());
        assertEquals(Map.of(), plan.rescheduled());
        assertEquals(0, plan.dueAtSigning().signum());
    }

    @Test
    void anMgBelowWhatHasFallenDueIsRefused() {
        // 30,000.00 fell due: 29,999.99 is a cent short
        MgReplan.BelowOwed e = assertThrows(MgReplan.BelowOwed.class, () -> MgReplan.replan(eur("29999.99"),
                List.of(new Instalment(SIGNATURE, InstalmentStatus.DUE, eur("30000.00")),
                        new Instalment(DATE, InstalmentStatus.SCHEDULED, eur("120000.00")))));
        assertEquals(eur("30000.00"), e.owed);
    }

    @Test
    void aRaiseWithNothingLeftScheduledFallsDueAtTheAmendmentsSignature() {
        // everything fell due (150,000.00); raised to 160,000.00: 10,000.00 due the day the amendment is signed. A
        // contract that had no MG and gets one: all of it.
        Plan plan = MgReplan.replan(eur("160000.00"), List.of(new Instalment(SIGNATURE, InstalmentStatus.RECEIVED, eur("30000.00")),
                new Instalment(DATE, InstalmentStatus.DUE, eur("120000.00")),
                new Instalment(RELEASE, InstalmentStatus.CANCELLED, eur("5000.00"))));
        assertEquals(eur("10000.00"), plan.dueAtSigning());
        assertEquals(eur("50000.00"), MgReplan.replan(eur("50000.00"), List.of()).dueAtSigning());
    }
}
