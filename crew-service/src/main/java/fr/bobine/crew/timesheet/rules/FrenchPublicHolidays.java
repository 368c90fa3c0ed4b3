package fr.bobine.crew.timesheet.rules;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Optional;

/** The 11 public holidays of metropolitan France (C. trav. art. L3133-1); Easter by the anonymous Gregorian algorithm. */
public final class FrenchPublicHolidays {

    public enum Holiday {
        NEW_YEAR, EASTER_MONDAY, LABOUR_DAY, VICTORY_1945, ASCENSION, WHIT_MONDAY, BASTILLE_DAY, ASSUMPTION,
        ALL_SAINTS, ARMISTICE, CHRISTMAS
    }

    private FrenchPublicHolidays() {
    }

    public static Optional<Holiday> of(LocalDate date) {
        MonthDay md = MonthDay.from(date);
        if (md.equals(MonthDay.of(1, 1))) {
            return Optional.of(Holiday.NEW_YEAR);
        }
        if (md.equals(MonthDay.of(5, 1))) {
            return Optional.of(Holiday.LABOUR_DAY);
        }
        if (md.equals(MonthDay.of(5, 8))) {
            return Optional.of(Holiday.VICTORY_1945);
        }
        if (md.equals(MonthDay.of(7, 14))) {
            return Optional.of(Holiday.BASTILLE_DAY);
        }
        if (md.equals(MonthDay.of(8, 15))) {
            return Optional.of(Holiday.ASSUMPTION);
        }
        if (md.equals(MonthDay.of(11, 1))) {
            return Optional.of(Holiday.ALL_SAINTS);
        }
        if (md.equals(MonthDay.of(11, 11))) {
            return Optional.of(Holiday.ARMISTICE);
        }
        if (md.equals(MonthDay.of(12, 25))) {
            return Optional.of(Holiday.CHRISTMAS);
        }
        LocalDate easter = easterSunday(date.getYear());
        if (date.equals(easter.plusDays(1))) {
            return Optional.of(Holiday.EASTER_MONDAY);
        }
        if (date.equals(easter.plusDays(39))) {
            return Optional.of(Holiday.ASCENSION);
        }
        if (date.equals(easter.plusDays(50))) {
            return Optional.of(Holiday.WHIT_MONDAY);
        }
        return Optional.empty();
    }

    public static boolean isHoliday(LocalDate date) {
        return of(date).isPresent();
    }

    static LocalDate easterSunday(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = (h + l - 7 * m + 114) % 31 + 1;
        return LocalDate.of(year, month, day);
    }
}
