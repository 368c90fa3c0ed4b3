package fr.bobine.distribution.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import fr.bobine.distribution.contract.ContractEnums.InstalmentTrigger;

class InstalmentTriggerTest {

    static final LocalDate SEPTEMBER = LocalDate.parse("2026-09-01");
    static final LocalDate RELEASE = LocalDate.parse("2026-10-14");

    @Test
    void aDatedInstalmentIsOwedOnItsDateAndAReleaseOneOnTheFrenchRelease() {
        assertEquals(SEPTEMBER, InstalmentTrigger.ON_DATE.dayOwed(SEPTEMBER, RELEASE));
        assertEquals(RELEASE, InstalmentTrigger.ON_RELEASE.dayOwed(null, RELEASE));
        assertNull(InstalmentTrigger.ON_RELEASE.dayOwed(null, null), "no release date yet: not owed yet");
    }

    @Test
    void signatureAndDeliveryInstalmentsWaitForTheirEvent() {
        assertNull(InstalmentTrigger.ON_SIGNATURE.dayOwed(SEPTEMBER, RELEASE));
        assertNull(InstalmentTrigger.ON_DELIVERY.dayOwed(SEPTEMBER, RELEASE));
    }
}
