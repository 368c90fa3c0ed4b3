package fr.bobine.crew.person;

import java.time.LocalDate;

// C. trav. L3243-4 (the employer keeps a copy of each payslip for 5 years) and R1221-26 (the staff register keeps a leaver's entry 5 years after they leave); a period in years ends on the same day number, or the month's last day, C. proc. civ. art. 641.
public final class PayrollRetention {

    private PayrollRetention() {
    }

    /**
     * The last day a person's payroll records must be kept: {@code years} after the last of them, on the same day
     * number (30 April 2027 + 5 years = 30 April 2032), the month's last day when that day does not exist (29 February
     * 2028 + 5 years = 28 February 2033).
     */
    public static LocalDate lastDay(LocalDate lastRecord, int years) {
        return lastRecord.plusYears(years);
    }

    /** True from the day after the last day: the records may then be pseudonymised. */
    public static boolean over(LocalDate lastRecord, int years, LocalDate today) {
        return today.isAfter(lastDay(lastRecord, years));
    }
}
