package fr.bobine.distribution.window;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

class MediaChronologyTest {

    static final LocalDate A2022 = LocalDate.of(2022, 2, 10);
    static final LocalDate END2022 = LocalDate.of(2025, 2, 12);
    static final LocalDate A2025 = LocalDate.of(2025, 2, 13);
    static final LocalDate END2025 = LocalDate.of(2028, 2, 9);

    // A few rows as seeded in V2__distribution.sql.
    static final MediaChronology CHRONOLOGY = new MediaChronology(List.of(
            new MediaWindow("TVOD", "2022", RightsMedia.TVOD, 4, true, null, true, A2022, END2022),
            new MediaWindow("PAY_TV_CANAL", "2022", RightsMedia.PAY_TV, 6, true, null, true, A2022, END2022),
            new MediaWindow("SVOD_COMMITTED", "2022", RightsMedia.SVOD, 17, true, null, true, A2022, END2022),
            new MediaWindow("TVOD", "2025", RightsMedia.TVOD, 4, true, null, true, A2025, END2025),
            new MediaWindow("PAY_TV_CANAL", "2025", RightsMedia.PAY_TV, 6, true, null, true, A2025, END2025),
            new MediaWindow("SVOD_DISNEY", "2025", RightsMedia.SVOD, 9, false, "Disney+", true, A2025, END2025),
            new MediaWindow("SVOD_NETFLIX", "2025", RightsMedia.SVOD, 15, false, "Netflix", true, A2025, END2025),
            new MediaWindow("SVOD_COMMITTED", "2025", RightsMedia.SVOD, 17, true, null, true, A2025, END2025),
            new MediaWindow("FREE_TV_COFINANCER", "2025", RightsMedia.FREE_TV, 22, true, null, true, A2025, END2025)));

    @Test
    void releaseOnWednesday14October2026OpensEachWindowMonthsLater() {
        LocalDate release = LocalDate.of(2026, 10, 14);
        List<MediaChronology.Opening> openings = CHRONOLOGY.openings(release);
        assertEquals(List.of("TVOD", "PAY_TV_CANAL", "SVOD_DISNEY", "SVOD_NETFLIX", "SVOD_COMMITTED", "FREE_TV_COFINANCER"),
                openings.stream().map(o -> o.window().code()).toList());
        // 14 Oct 2026 + 4 months = 14 Feb 2027; + 6 = 14 Apr 2027; + 9 = 14 Jul 2027; + 15 = 14 Jan 2028; + 17 = 14 Mar 2028; + 22 = 14 Aug 2028
        assertEquals(List.of("2027-02-14", "2027-04-14", "2027-07-14", "2028-01-14", "2028-03-14", "2028-08-14"),
                openings.stream().map(o -> o.opensOn().toString()).toList());
    }

    @Test
    void monthEndReleaseOpensOnTheLastDayOfAShorterMonth() {
        // 31 Oct 2026 + 4 months: 28 Feb 2027 (no 31 Feb).
        assertEquals(LocalDate.of(2027, 2, 28), MediaChronology.opensOn(CHRONOLOGY.windowFor(RightsMedia.TVOD, null,
                LocalDate.of(2026, 10, 31)).orElseThrow(), LocalDate.of(2026, 10, 31)));
    }

    @Test
    void theAccordInForceOnTheReleaseDateApplies() {
        // Released under the 2022 accord, Disney+ had no 9-month window.
        assertTrue(CHRONOLOGY.windowFor(RightsMedia.SVOD, "SVOD_DISNEY", LocalDate.of(2024, 6, 5)).isEmpty());
        assertEquals(17, CHRONOLOGY.windowFor(RightsMedia.SVOD, null, LocalDate.of(2024, 6, 5)).orElseThrow().monthsAfterRelease());
        assertEquals(9, CHRONOLOGY.windowFor(RightsMedia.SVOD, "SVOD_DISNEY", LocalDate.of(2026, 6, 3)).orElseThrow().monthsAfterRelease());
    }

    @Test
    void svodRightsStartingBeforeTheirWindowAreWarned() {
        LocalDate release = LocalDate.of(2026, 10, 14);
        String warning = CHRONOLOGY.tooEarly(RightsMedia.SVOD, "SVOD_NETFLIX", LocalDate.of(2027, 10, 1), release).orElseThrow();
        assertTrue(warning.contains("opens 15 months after the release of 2026-10-14, on 2028-01-14"), warning);
        assertTrue(CHRONOLOGY.tooEarly(RightsMedia.SVOD, "SVOD_NETFLIX", LocalDate.of(2028, 1, 14), release).isEmpty());
        assertTrue(CHRONOLOGY.tooEarly(RightsMedia.THEATRICAL, null, release, release).isEmpty(), "theatrical has no window");
    }
}
