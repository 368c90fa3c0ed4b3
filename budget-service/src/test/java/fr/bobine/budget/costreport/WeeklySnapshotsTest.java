package fr.bobine.budget.costreport;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class WeeklySnapshotsTest {

    @Test
    void onWednesdayTheWeekThatEndedIsYesterdays() {
        // Wednesday 10 March 2027: the cinema week of Wednesday 3 to Tuesday 9 March has just ended
        assertEquals(LocalDate.of(2027, 3, 9), WeeklySnapshots.lastWeekEnding(LocalDate.of(2027, 3, 10)));
    }

    @Test
    void onTuesdayTheCurrentWeekIsNotOverYet() {
        // Tuesday 9 March 2027 is the last day of the running week: the last ended one is Tuesday 2 March
        assertEquals(LocalDate.of(2027, 3, 2), WeeklySnapshots.lastWeekEnding(LocalDate.of(2027, 3, 9)));
    }

    @Test
    void onMondayItIsTheTuesdayBefore() {
        assertEquals(LocalDate.of(2027, 3, 2), WeeklySnapshots.lastWeekEnding(LocalDate.of(2027, 3, 8)));
    }
}
