package fr.bobine.distribution.revenue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

class ReportingScheduleTest {

    static final LocalDate RELEASE = LocalDate.of(2026, 10, 14);

    @Test
    void firstAccountIsDueSixMonthsAfterRelease() {
        // 14 Oct 2026 + 6 months = 14 Apr 2027, even if the contract only asks for yearly accounts.
        assertEquals(LocalDate.of(2027, 4, 14), ReportingSchedule.nextDue(RELEASE, 12, List.of()));
        assertFalse(ReportingSchedule.overdue(RELEASE, 12, List.of(), LocalDate.of(2027, 4, 14)));
        assertTrue(ReportingSchedule.overdue(RELEASE, 12, List.of(), LocalDate.of(2027, 4, 15)));
    }

    @Test
    void thenAtLeastYearly() {
        // Last account received 2 Apr 2027: the next is due 2 Apr 2028.
        List<LocalDate> received = List.of(LocalDate.of(2027, 4, 2));
        assertEquals(LocalDate.of(2028, 4, 2), ReportingSchedule.nextDue(RELEASE, 12, received));
        assertFalse(ReportingSchedule.overdue(RELEASE, 12, received, LocalDate.of(2028, 1, 1)));
    }

    @Test
    void aQuarterlyContractAsksMoreOftenThanTheLaw() {
        assertEquals(LocalDate.of(2027, 1, 14), ReportingSchedule.nextDue(RELEASE, 3, List.of()));
        assertEquals(LocalDate.of(2027, 5, 2), ReportingSchedule.nextDue(RELEASE, 3,
                List.of(LocalDate.of(2027, 1, 10), LocalDate.of(2027, 2, 2))));
    }
}
