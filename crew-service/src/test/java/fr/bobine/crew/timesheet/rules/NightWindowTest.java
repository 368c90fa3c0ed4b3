package fr.bobine.crew.timesheet.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDateTime;

import org.junit.jupiter.api.Test;

class NightWindowTest {

    static long night(NightWindow w, String from, String to) {
        return w.nightMinutes(LocalDateTime.parse(from), LocalDateTime.parse(to));
    }

    @Test
    void cinemaSummerNightStartsAt22AndWinterNightAt20() {
        // 18:00-01:00 in June: 22:00-01:00 = 180 min; in January: 20:00-23:00 = 180 min.
        assertEquals(180, night(NightWindow.CINEMA_3097, "2027-06-10T18:00", "2027-06-11T01:00"));
        assertEquals(180, night(NightWindow.CINEMA_3097, "2027-01-10T18:00", "2027-01-10T23:00"));
        // An early call: 04:00-10:00 -> 04:00-06:00 = 120 min.
        assertEquals(120, night(NightWindow.CINEMA_3097, "2027-06-10T04:00", "2027-06-10T10:00"));
        // Season switch on 1 April: the evening of 31 March is still winter (20:00): 19:00-21:00 -> 60 min.
        assertEquals(60, night(NightWindow.CINEMA_3097, "2027-03-31T19:00", "2027-03-31T21:00"));
        assertEquals(0, night(NightWindow.CINEMA_3097, "2027-04-01T19:00", "2027-04-01T21:00"));
    }

    @Test
    void audiovisualFictionNightEndsAt7OutsideWinter() {
        // 05:00-08:00 on 10 June: night of 9-10 June runs 22:00-07:00 -> 120 min.
        assertEquals(120, night(NightWindow.AUDIOVISUAL_2642, "2027-06-10T05:00", "2027-06-10T08:00"));
        // 5 January: 20:00-06:00 window: 05:00-08:00 -> 60 min, 19:00-21:00 -> 60 min.
        assertEquals(60, night(NightWindow.AUDIOVISUAL_2642, "2027-01-05T05:00", "2027-01-05T08:00"));
        assertEquals(60, night(NightWindow.AUDIOVISUAL_2642, "2027-01-05T19:00", "2027-01-05T21:00"));
    }
}
