package fr.bobine.distribution.screening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

/** The festival rules of shared/domain/distribution.md §1.2, evaluated on a French film's screening log. */
class PremiereEligibilityTest {

    static final LocalDate FROM = LocalDate.of(2024, 1, 1);
    // Rows as seeded in V2__distribution.sql.
    static final PremiereRule VENICE = new PremiereRule("VENICE", "Venice", "Venezia", true, false, false, false, false,
            false, false, Set.of(), FROM, null, "labiennale.org 2022");
    static final PremiereRule CANNES = new PremiereRule("CANNES", "Cannes", "Sélection officielle", false, true, true, true,
            false, false, false, Set.of(), FROM, null, "festival-cannes.com");
    static final PremiereRule BERLIN = new PremiereRule("BERLINALE_COMPETITION", "Berlinale", "Competition", false, true, true,
            true, true, true, false, Set.of("DE"), FROM, null, "berlinale.de");
    static final LocalDate BERLIN_OPENS = LocalDate.of(2027, 2, 11);
    static final LocalDate VENICE_OPENS = LocalDate.of(2027, 8, 25);

    static ScreeningFact screening(String date, String country, ScreeningKind kind, boolean isPublic) {
        return new ScreeningFact(UUID.randomUUID(), LocalDate.parse(date), country, kind, isPublic, null);
    }

    @Test
    void aCleanLogIsEligibleEverywhere() {
        assertTrue(PremiereEligibility.eligible(VENICE, List.of(), "FR", VENICE_OPENS));
        assertTrue(PremiereEligibility.eligible(CANNES, List.of(), "FR", VENICE_OPENS));
        assertTrue(PremiereEligibility.eligible(BERLIN, List.of(), "FR", BERLIN_OPENS));
    }

    @Test
    void nationalFestivalScreeningKeepsBerlinButLosesVenice() {
        List<ScreeningFact> log = List.of(screening("2027-01-20", "FR", ScreeningKind.FESTIVAL_NATIONAL, true));
        assertTrue(PremiereEligibility.eligible(BERLIN, log, "FR", BERLIN_OPENS), "nothing outside France, nothing in Germany");
        assertTrue(PremiereEligibility.eligible(CANNES, log, "FR", VENICE_OPENS), "a national festival is no international event");
        List<PremiereEligibility.Violation> venice = PremiereEligibility.violations(VENICE, log, "FR", VENICE_OPENS);
        assertEquals(1, venice.size());
        assertTrue(venice.get(0).reason().contains("world premieres"));
    }

    @Test
    void geoBlockedOnlineScreeningInTheOriginCountryKeepsBerlinButLosesCannes() {
        List<ScreeningFact> log = List.of(screening("2027-01-10", "FR", ScreeningKind.ONLINE_GEO_BLOCKED, true));
        assertTrue(PremiereEligibility.eligible(BERLIN, log, "FR", BERLIN_OPENS));
        assertFalse(PremiereEligibility.eligible(CANNES, log, "FR", VENICE_OPENS), "Cannes: nothing online");
        // The same screening geo-blocked to Belgium reaches outside the country of origin.
        List<ScreeningFact> belgium = List.of(screening("2027-01-10", "BE", ScreeningKind.ONLINE_GEO_BLOCKED, true));
        assertEquals(2, PremiereEligibility.violations(BERLIN, belgium, "FR", BERLIN_OPENS).size(),
                "outside the origin country, and online not geo-blocked to the origin");
    }

    @Test
    void theGeoBlockingAllowanceIsDataWhenTheRuleChanges() {
        PremiereRule strictBerlin = new PremiereRule("BERLINALE_COMPETITION", "Berlinale", "Competition", false, true, true,
                true, false, true, false, Set.of("DE"), FROM, null, "berlinale.de/de current page");
        List<ScreeningFact> log = List.of(screening("2027-01-10", "FR", ScreeningKind.ONLINE_GEO_BLOCKED, true));
        assertFalse(PremiereEligibility.eligible(strictBerlin, log, "FR", BERLIN_OPENS));
    }

    @Test
    void anOpenOnlineScreeningReachesGermanyAndEveryCountry() {
        List<ScreeningFact> log = List.of(screening("2027-01-10", "FR", ScreeningKind.ONLINE, true));
        List<String> reasons = PremiereEligibility.violations(BERLIN, log, "FR", BERLIN_OPENS).stream()
                .map(PremiereEligibility.Violation::reason).toList();
        assertEquals(3, reasons.size(), reasons.toString());
        assertTrue(reasons.stream().anyMatch(r -> r.contains("outside the country of origin")));
        assertTrue(reasons.stream().anyMatch(r -> r.contains("online")));
        assertTrue(reasons.stream().anyMatch(r -> r.contains("never screened publicly in DE")));
    }

    @Test
    void aScreeningInGermanyLosesBerlinEvenForAGermanFilm() {
        List<ScreeningFact> log = List.of(screening("2027-01-05", "DE", ScreeningKind.THEATRICAL, true));
        assertFalse(PremiereEligibility.eligible(BERLIN, log, "DE", BERLIN_OPENS), "German films must be world premieres");
        assertTrue(PremiereEligibility.eligible(CANNES, log, "DE", VENICE_OPENS), "a release at home is fine for Cannes");
    }

    @Test
    void internationalFestivalAbroadLosesCannesAndBerlin() {
        List<ScreeningFact> log = List.of(screening("2026-09-05", "CA", ScreeningKind.FESTIVAL_INTERNATIONAL, true));
        assertFalse(PremiereEligibility.eligible(CANNES, log, "FR", LocalDate.of(2027, 5, 12)));
        assertFalse(PremiereEligibility.eligible(BERLIN, log, "FR", BERLIN_OPENS));
    }

    @Test
    void privateScreeningsAndScreeningsAfterTheOpeningDoNotCount() {
        List<ScreeningFact> log = List.of(
                screening("2027-01-15", "FR", ScreeningKind.MARKET, false),
                screening("2027-08-26", "IT", ScreeningKind.FESTIVAL_INTERNATIONAL, true));
        assertTrue(PremiereEligibility.eligible(VENICE, log, "FR", VENICE_OPENS));
    }
}
