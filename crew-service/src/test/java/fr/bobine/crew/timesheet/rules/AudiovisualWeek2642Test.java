package fr.bobine.crew.timesheet.rules;

import static fr.bobine.crew.timesheet.rules.CinemaWeek3097Test.assertLine;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

class AudiovisualWeek2642Test {

    /**
     * Hourly rate 25.00 EUR, CDDU at 35 h. Week of Monday 3 May 2027, Thursday 6 May is Ascension (+50 %):
     * Mon 3: 9 h (week hours 1-9) | Tue 4: 9 h (10-18) | Wed 5: 9 h (19-27), last 3 at night (25-27)
     * Thu 6 Ascension: 9 h (28-36) | Sun 9: 8 h (37-44). Total 44 h. Premiums cumulate, no cap.
     * BASE   44 h × 25.00                       = 1 100.00
     * HS25    overtime hours 1-8 = week hours 36-43: 8 × 25.00 × 25 % = 50.00
     * HS50    overtime hour 9 = week hour 44:       1 × 25.00 × 50 % = 12.50
     * NUIT25  3 × 25.00 × 25 %                  =    18.75
     * FERIE   9 × 25.00 × 50 % (Ascension 150 %)=   112.50 (hour 36 also takes +25 % overtime: 75 % in all)
     * DIM     8 × 25.00 × 50 %                  =   100.00
     * Gross = 1 100.00 + 50.00 + 12.50 + 18.75 + 112.50 + 100.00 = 1 393.75
     */
    @Test
    void weekOf44HoursWithAscensionNightAndSundayCumulatesWithoutCap() {
        WeekPay week = AudiovisualWeek2642.compute(List.of(
                WorkedDay.of("2027-05-03", "9", "0"), WorkedDay.of("2027-05-04", "9", "0"),
                WorkedDay.of("2027-05-05", "9", "3"), WorkedDay.of("2027-05-06", "9", "0"),
                WorkedDay.of("2027-05-09", "8", "0")), new BigDecimal("25.00"), false);
        assertLine(week, PayItem.BASE_HOURS, "44", "1100.00");
        assertLine(week, PayItem.OVERTIME_25, "8", "50.00");
        assertLine(week, PayItem.OVERTIME_50, "1", "12.50");
        assertLine(week, PayItem.NIGHT_25, "3", "18.75");
        assertLine(week, PayItem.PUBLIC_HOLIDAY, "9", "112.50");
        assertLine(week, PayItem.SUNDAY, "8", "100.00");
        assertEquals(new BigDecimal("1393.75"), week.gross());
    }

    /** 1 May worked: paid 300 %, so +200 %: 8 h × 20.00 × 200 % = 320.00. Whit Monday (17 May 2027): no premium. */
    @Test
    void labourDayIsPaidTripleAndWhitMondayIsTheSolidarityDay() {
        WeekPay mayDay = AudiovisualWeek2642.compute(List.of(WorkedDay.of("2027-05-01", "8", "0")), new BigDecimal("20.00"),
                false);
        assertLine(mayDay, PayItem.PUBLIC_HOLIDAY, "8", "320.00");
        WeekPay whit = AudiovisualWeek2642.compute(List.of(WorkedDay.of("2027-05-17", "8", "0")), new BigDecimal("20.00"),
                false);
        assertTrue(whit.line(PayItem.PUBLIC_HOLIDAY).isEmpty());
    }

    /** Set crafts get +50 % at night: 2 h × 20.00 × 50 % = 20.00. */
    @Test
    void setCraftsGetFiftyPercentAtNight() {
        WeekPay week = AudiovisualWeek2642.compute(List.of(WorkedDay.of("2027-05-04", "8", "2")), new BigDecimal("20.00"),
                true);
        assertLine(week, PayItem.NIGHT_50, "2", "20.00");
    }

    /** 1er assistant réalisateur, 1 Jan 2023: 885.45 for 35 h -> 25.298571 an hour; 1 011.94 for 39 h -> /40 = 25.2985. */
    @Test
    void hourlyRateAt35And39Hours() {
        assertEquals(new BigDecimal("25.298571"), AudiovisualWeek2642.hourlyRate(new BigDecimal("885.45"), 35));
        assertEquals(new BigDecimal("25.298500"), AudiovisualWeek2642.hourlyRate(new BigDecimal("1011.94"), 39));
    }
}
