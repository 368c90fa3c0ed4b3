package fr.bobine.crew.timesheet.rules;

import java.time.LocalDate;

/**
 * A quarter hour of work inside the week, with what the rules need to know about it: its rank in the week, its rank
 * in its day, whether it is a night quarter and its rank among the night quarters of the week (ranks from 0), the rank
 * of its day among the worked days of the week (from 1) and whether it cuts into the daily rest before its day.
 */
public record Slot(LocalDate date, int weekQuarter, int dayQuarter, boolean night, int weekNightQuarter, int workedDayOfWeek,
        boolean restEncroaching) {

    /** The hour of the week this quarter belongs to, counted from 1 (the 36th hour is the first overtime hour at 35 h). */
    public int weekHour() {
        return weekQuarter / 4 + 1;
    }

    public int dayHour() {
        return dayQuarter / 4 + 1;
    }

    public int weekNightHour() {
        return weekNightQuarter / 4 + 1;
    }
}
