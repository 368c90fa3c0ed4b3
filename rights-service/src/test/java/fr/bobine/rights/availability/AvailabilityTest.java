package fr.bobine.rights.availability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import fr.bobine.rights.availability.Availability.GrantedLicence;

class AvailabilityTest {

    static final LocalDate D = LocalDate.of(2027, 1, 1);

    static RightsBlock block(List<RightsMedia> media, List<String> territories, LocalDate start, LocalDate end, boolean exclusive,
            List<Holdback> holdbacks) {
        return new RightsBlock(media, territories, List.of(), start, end, exclusive, holdbacks);
    }

    /** Novel and screenplay both assigned for all media, world, 2026-2055, exclusively. */
    static final Map<String, List<RightsBlock>> ACQUIRED = Map.of(
            "Le Quai des brumes (roman)", List.of(block(List.of(RightsMedia.values()), List.of("WW"), LocalDate.of(2026, 1, 1),
                    LocalDate.of(2055, 12, 31), true, null)),
            "Scénario", List.of(block(List.of(RightsMedia.values()), List.of("WW"), LocalDate.of(2026, 1, 1),
                    LocalDate.of(2055, 12, 31), true, null)));

    @Test
    void freeRightsWithNothingGrantedAreAvailable() {
        AvailabilityAnswer a = Availability.check(new AvailabilityQuery(RightsMedia.SVOD, "DE", "de", D, D.plusYears(2), true),
                ACQUIRED, List.of());
        assertTrue(a.available());
        assertEquals(List.of(), a.reasons());
    }

    @Test
    void anExclusiveLicenceOverlappingTheTermSaysNoAndNamesTheLicensee() {
        // Canal+ holds pay TV in France exclusively 2027-03-01..2028-02-29; we ask 2028-01-01..2028-12-31: two months overlap
        GrantedLicence canal = new GrantedLicence("Canal+", block(List.of(RightsMedia.PAY_TV), List.of("FR"), LocalDate.of(2027, 3, 1),
                LocalDate.of(2028, 2, 29), true, null));
        AvailabilityAnswer a = Availability.check(new AvailabilityQuery(RightsMedia.PAY_TV, "FR", null, LocalDate.of(2028, 1, 1),
                LocalDate.of(2028, 12, 31), false), ACQUIRED, List.of(canal));
        assertFalse(a.available());
        assertEquals(List.of("already licensed exclusively to Canal+ for PAY_TV in FR from 2027-03-01 to 2028-02-29"), a.reasons());
        // the day after it ends, it is free; another territory was never taken
        assertTrue(Availability.check(new AvailabilityQuery(RightsMedia.PAY_TV, "FR", null, LocalDate.of(2028, 3, 1),
                LocalDate.of(2028, 12, 31), true), ACQUIRED, List.of(canal)).available());
        assertTrue(Availability.check(new AvailabilityQuery(RightsMedia.PAY_TV, "BE", null, LocalDate.of(2028, 1, 1),
                LocalDate.of(2028, 12, 31), true), ACQUIRED, List.of(canal)).available());
    }

    @Test
    void aNonExclusiveLicenceAllowsAnotherNonExclusiveButNotAnExclusiveOne() {
        GrantedLicence airline = new GrantedLicence("Inflight Ltd", block(List.of(RightsMedia.AIRLINE), List.of("WW"), D,
                D.plusYears(1), false, null));
        AvailabilityQuery nonExclusive = new AvailabilityQuery(RightsMedia.AIRLINE, "JP", null, D, D.plusMonths(6), false);
        assertTrue(Availability.check(nonExclusive, ACQUIRED, List.of(airline)).available());
        AvailabilityAnswer exclusive = Availability.check(new AvailabilityQuery(RightsMedia.AIRLINE, "JP", null, D, D.plusMonths(6), true),
                ACQUIRED, List.of(airline));
        assertFalse(exclusive.available());
        assertTrue(exclusive.reasons().get(0).startsWith("cannot grant exclusivity: a non-exclusive licence to Inflight Ltd"));
    }

    @Test
    void aHoldbackBlocksTheMediumUntilItsDateEvenWithoutOverlappingMedia() {
        // Canal+ has pay TV in FR and a holdback: no SVOD in FR before 2028-03-01
        GrantedLicence canal = new GrantedLicence("Canal+", block(List.of(RightsMedia.PAY_TV), List.of("FR"), LocalDate.of(2027, 3, 1),
                LocalDate.of(2028, 2, 29), true, List.of(new Holdback(RightsMedia.SVOD, LocalDate.of(2028, 3, 1)))));
        AvailabilityAnswer early = Availability.check(new AvailabilityQuery(RightsMedia.SVOD, "FR", null, LocalDate.of(2028, 2, 1),
                LocalDate.of(2029, 1, 31), false), ACQUIRED, List.of(canal));
        assertFalse(early.available());
        assertEquals(List.of("holdback in Canal+'s licence: no SVOD in FR before 2028-03-01"), early.reasons());
        assertTrue(Availability.check(new AvailabilityQuery(RightsMedia.SVOD, "FR", null, LocalDate.of(2028, 3, 1),
                LocalDate.of(2029, 2, 28), false), ACQUIRED, List.of(canal)).available());
    }

    @Test
    void rightsNotAcquiredUpstreamSayWhichWorkAndWhichDay() {
        // the library cue is licensed for theatrical and TV in France only, for 10 years from 2026-01-01
        Map<String, List<RightsBlock>> acquired = new java.util.HashMap<>(ACQUIRED);
        acquired.put("Cue 2 (library)", List.of(block(List.of(RightsMedia.THEATRICAL, RightsMedia.FREE_TV), List.of("FR"),
                LocalDate.of(2026, 1, 1), LocalDate.of(2035, 12, 31), false, null)));
        AvailabilityAnswer svod = Availability.check(new AvailabilityQuery(RightsMedia.SVOD, "FR", null, D, D.plusYears(1), false),
                acquired, List.of());
        assertEquals(List.of("not acquired upstream from \"Cue 2 (library)\": no SVOD rights in FR"), svod.reasons());
        AvailabilityAnswer tooLong = Availability.check(new AvailabilityQuery(RightsMedia.FREE_TV, "FR", null, LocalDate.of(2034, 1, 1),
                LocalDate.of(2037, 12, 31), false), acquired, List.of());
        assertEquals(List.of("not acquired upstream from \"Cue 2 (library)\": the rights for FREE_TV in FR do not run on 2036-01-01"),
                tooLong.reasons());
        AvailabilityAnswer exclusive = Availability.check(new AvailabilityQuery(RightsMedia.FREE_TV, "FR", null, D, D.plusYears(1), true),
                acquired, List.of());
        assertEquals(List.of("not acquired upstream from \"Cue 2 (library)\": only non-exclusive rights for FREE_TV in FR"),
                exclusive.reasons());
    }

    @Test
    void twoConsecutiveBlocksCoverATermTogether() {
        Map<String, List<RightsBlock>> acquired = Map.of("Archive", List.of(
                block(List.of(RightsMedia.VIDEO), List.of("FR"), LocalDate.of(2026, 1, 1), LocalDate.of(2030, 12, 31), true, null),
                block(List.of(RightsMedia.VIDEO), List.of("FR", "BE"), LocalDate.of(2031, 1, 1), LocalDate.of(2040, 12, 31), true, null)));
        assertTrue(Availability.check(new AvailabilityQuery(RightsMedia.VIDEO, "FR", null, LocalDate.of(2029, 1, 1),
                LocalDate.of(2033, 12, 31), true), acquired, List.of()).available());
    }

    @Test
    void aCueLicensedForSomeMediaAndTerritoriesOnlyIsAvailableThereAndNowhereElse() {
        // "Harbour Lights": a library cue licensed for cinemas and SVOD in France and Belgium, 2026-01-01 to 2031-12-31,
        // non-exclusively (rights.md §3: sync licences are limited to some media and territories). The end credits cue is
        // linked to no work: its licence is not recorded.
        UUID harbour = UUID.randomUUID();
        List<Availability.CueRights> cues = List.of(
                new Availability.CueRights(1, "Harbour Lights", harbour, "Harbour Lights", List.of(block(List.of(RightsMedia.THEATRICAL,
                        RightsMedia.SVOD), List.of("FR", "BE"), LocalDate.of(2026, 1, 1), LocalDate.of(2031, 12, 31), false, null))),
                new Availability.CueRights(2, "Générique fin", null, null, List.of()));
        CueAvailability cinemaFrance = Availability.checkCues(new AvailabilityQuery(RightsMedia.THEATRICAL, "FR", null,
                LocalDate.of(2027, 3, 1), LocalDate.of(2027, 12, 31), false), UUID.randomUUID(), cues);
        assertFalse(cinemaFrance.available());
        assertTrue(cinemaFrance.cues().get(0).available());
        assertEquals(List.of("cue 2 is linked to no music work: its licence is not recorded"), cinemaFrance.cues().get(1).reasons());
        // free TV, Germany, past the licence's last day, or exclusively: not licensed
        assertEquals(List.of("not licensed by \"Harbour Lights\": no FREE_TV rights in FR"), Availability.checkCues(new AvailabilityQuery(
                RightsMedia.FREE_TV, "FR", null, D, D, false), null, cues).cues().get(0).reasons());
        assertEquals(List.of("not licensed by \"Harbour Lights\": no SVOD rights in DE"), Availability.checkCues(new AvailabilityQuery(
                RightsMedia.SVOD, "DE", null, D, D, false), null, cues).cues().get(0).reasons());
        // the last day of the licence is in it; the day after is not
        assertTrue(Availability.checkCues(new AvailabilityQuery(RightsMedia.SVOD, "BE", null, D, LocalDate.of(2031, 12, 31), false),
                null, cues).cues().get(0).available());
        assertEquals(List.of("not licensed by \"Harbour Lights\": the rights for SVOD in BE do not run on 2032-01-01"),
                Availability.checkCues(new AvailabilityQuery(RightsMedia.SVOD, "BE", null, D, LocalDate.of(2032, 1, 1), false), null, cues)
                        .cues().get(0).reasons());
        assertEquals(List.of("not licensed by \"Harbour Lights\": only non-exclusive rights for SVOD in FR"), Availability.checkCues(
                new AvailabilityQuery(RightsMedia.SVOD, "FR", null, D, D, true), null, cues).cues().get(0).reasons());
    }
}
