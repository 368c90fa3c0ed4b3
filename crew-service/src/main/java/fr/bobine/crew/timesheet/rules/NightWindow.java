package fr.bobine.crew.timesheet.rules;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.MonthDay;

// CCN IDCC 3097 Titre II art. 40 (1 Apr-30 Sep 22:00-06:00, 1 Oct-31 Mar 20:00-06:00) and IDCC 2642 art. VI.10 fiction (21 Dec-20 Mar 20:00-06:00, otherwise 22:00-07:00).
public enum NightWindow {
    CINEMA_3097, AUDIOVISUAL_2642;

    /** Minutes of [start, end) inside this agreement's night window, the season taken from each evening's date. */
    public long nightMinutes(LocalDateTime start, LocalDateTime end) {
        long minutes = 0;
        for (LocalDate d = start.toLocalDate().minusDays(1); !d.isAfter(end.toLocalDate()); d = d.plusDays(1)) {
            LocalDateTime nightStart = d.atTime(eveningStart(d));
            LocalDateTime nightEnd = d.plusDays(1).atTime(morningEnd(d));
            minutes += overlap(start, end, nightStart, nightEnd);
        }
        return minutes;
    }

    private LocalTime eveningStart(LocalDate evening) {
        MonthDay md = MonthDay.from(evening);
        if (this == CINEMA_3097) {
            boolean summer = !md.isBefore(MonthDay.of(4, 1)) && !md.isAfter(MonthDay.of(9, 30));
            return summer ? LocalTime.of(22, 0) : LocalTime.of(20, 0);
        }
        return winter2642(md) ? LocalTime.of(20, 0) : LocalTime.of(22, 0);
    }

    private LocalTime morningEnd(LocalDate evening) {
        if (this == CINEMA_3097) {
            return LocalTime.of(6, 0);
        }
        return winter2642(MonthDay.from(evening)) ? LocalTime.of(6, 0) : LocalTime.of(7, 0);
    }

    private static boolean winter2642(MonthDay md) {
        return !md.isBefore(MonthDay.of(12, 21)) || !md.isAfter(MonthDay.of(3, 20));
    }

    private static long overlap(LocalDateTime a1, LocalDateTime a2, LocalDateTime b1, LocalDateTime b2) {
        LocalDateTime from = a1.isAfter(b1) ? a1 : b1;
        LocalDateTime to = a2.isBefore(b2) ? a2 : b2;
        return to.isAfter(from) ? Duration.between(from, to).toMinutes() : 0;
    }
}
