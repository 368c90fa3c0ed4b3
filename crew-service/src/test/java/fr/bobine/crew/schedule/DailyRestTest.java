package fr.bobine.crew.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;

import fr.bobine.crew.schedule.DailyRest.Span;
import fr.bobine.crew.schedule.DailyRest.Verdict;

class DailyRestTest {

    /** CCN 3097 Titre II art. 27 and 35: 11 h, hours cutting into it +100 %; C. trav. D3131-6: never below 9 h. */
    static final DailyRest.Terms CINEMA = new DailyRest.Terms(660, 540, null, new java.math.BigDecimal("1.00"), "CCN 3097 art. 27, 35");
    /** CCN 2642 art. VI.3.1.2: 11 h, down to 9 h twice a week at most, encroaching hours +50 %. */
    static final DailyRest.Terms AUDIOVISUAL = new DailyRest.Terms(660, 540, 2, new java.math.BigDecimal("0.50"), "CCN 2642 VI.3.1.2");

    static Span span(String start, String end) {
        return new Span(LocalDateTime.parse(start), LocalDateTime.parse(end));
    }

    @Test
    void aRestOfExactlyElevenHoursIsNoFinding() {
        // wrap 02:00 after a night exterior, next call 13:00: 11 h exactly
        assertTrue(DailyRest.check(List.of(span("2027-03-10T15:00", "2027-03-11T02:00"),
                span("2027-03-11T13:00", "2027-03-11T23:00")), CINEMA).isEmpty());
    }

    @Test
    void aQuarterHourShortIsAWarningWithTheCinemaPremium() {
        // wrap 02:00, call 12:45: 10 h 45 of rest, 15 minutes cut into the 11 h, paid +100 % (art. 35)
        var findings = DailyRest.check(List.of(span("2027-03-10T15:00", "2027-03-11T02:00"),
                span("2027-03-11T12:45", "2027-03-11T23:00")), CINEMA);
        assertEquals(1, findings.size());
        assertEquals(Verdict.WARNING, findings.get(0).verdict());
        assertEquals(645, findings.get(0).restMinutes());
        assertEquals(15, findings.get(0).shortfallMinutes());
        assertTrue(findings.get(0).reason().contains("paid +100 %"), findings.get(0).reason());
    }

    @Test
    void exactlyNineHoursIsStillAWarningAndOneQuarterLessIsRefused() {
        // wrap 23:00, call 08:00: 9 h, the floor itself
        assertEquals(Verdict.WARNING, DailyRest.check(List.of(span("2027-03-08T12:00", "2027-03-08T23:00"),
                span("2027-03-09T08:00", "2027-03-09T18:00")), CINEMA).get(0).verdict());
        // wrap 23:00, call 07:45: 8 h 45, below the 9 h no agreement may go under (D3131-6)
        var refused = DailyRest.check(List.of(span("2027-03-08T12:00", "2027-03-08T23:00"),
                span("2027-03-09T07:45", "2027-03-09T18:00")), CINEMA).get(0);
        assertEquals(Verdict.REFUSAL, refused.verdict());
        assertEquals(525, refused.restMinutes());
        assertTrue(refused.reason().contains("below the floor of 9 h"), refused.reason());
    }

    @Test
    void theAudiovisualAgreementAllowsTwoShortenedRestsAWeekAndRefusesTheThird() {
        // Monday to Thursday, each call 10 h after the previous wrap: three shortened rests in the week of 8 March 2027
        var days = List.of(span("2027-03-08T09:00", "2027-03-08T20:00"), span("2027-03-09T06:00", "2027-03-09T20:00"),
                span("2027-03-10T06:00", "2027-03-10T20:00"), span("2027-03-11T06:00", "2027-03-11T18:00"));
        var findings = DailyRest.check(days, AUDIOVISUAL);
        assertEquals(List.of(Verdict.WARNING, Verdict.WARNING, Verdict.REFUSAL), findings.stream().map(f -> f.verdict()).toList());
        assertTrue(findings.get(0).reason().contains("paid +50 %"), findings.get(0).reason());
        assertTrue(findings.get(2).reason().contains("allows 2"), findings.get(2).reason());
        // the same rests under the cinema agreement: no weekly cap, three warnings
        assertEquals(List.of(Verdict.WARNING, Verdict.WARNING, Verdict.WARNING),
                DailyRest.check(days, CINEMA).stream().map(f -> f.verdict()).toList());
    }

    @Test
    void theWeeklyCapCountsPerCivilWeek() {
        // Saturday and Sunday shortened (week of 1 March), then Monday (week of 8 March): two, then one
        var days = List.of(span("2027-03-05T09:00", "2027-03-05T20:00"), span("2027-03-06T06:00", "2027-03-06T20:00"),
                span("2027-03-07T06:00", "2027-03-07T20:00"), span("2027-03-08T06:00", "2027-03-08T18:00"));
        assertTrue(DailyRest.check(days, AUDIOVISUAL).stream().allMatch(f -> f.verdict() == Verdict.WARNING));
    }

    @Test
    void overlappingDaysAreRefused() {
        var findings = DailyRest.check(List.of(span("2027-03-08T09:00", "2027-03-09T02:00"),
                span("2027-03-09T01:00", "2027-03-09T10:00")), CINEMA);
        assertEquals(Verdict.REFUSAL, findings.get(0).verdict());
    }
}
