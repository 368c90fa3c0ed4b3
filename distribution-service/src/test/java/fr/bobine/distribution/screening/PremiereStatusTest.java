package fr.bobine.distribution.screening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class PremiereStatusTest {

    static ScreeningFact s(String date, String country, ScreeningKind kind) {
        return new ScreeningFact(UUID.randomUUID(), LocalDate.parse(date), country, kind, true, null);
    }

    @Test
    void noScreeningKeepsEveryPremiere() {
        PremiereStatus status = PremiereStatus.of(List.of(), "FR", List.of("FR", "DE"));
        assertTrue(status.worldPremiereAvailable());
        assertTrue(status.internationalPremiereAvailable());
        assertTrue(status.europeanPremiereAvailable());
        assertEquals(Map.of("FR", true, "DE", true), status.nationalPremiereAvailable());
    }

    @Test
    void aNationalFestivalAtHomeSpendsTheWorldAndFrenchPremieresOnly() {
        PremiereStatus status = PremiereStatus.of(List.of(s("2027-01-20", "FR", ScreeningKind.FESTIVAL_NATIONAL)), "FR",
                List.of("FR", "DE"));
        assertFalse(status.worldPremiereAvailable());
        assertTrue(status.internationalPremiereAvailable());
        assertTrue(status.europeanPremiereAvailable());
        assertEquals(Map.of("FR", false, "DE", true), status.nationalPremiereAvailable());
        assertEquals(LocalDate.of(2027, 1, 20), status.firstPublicScreening().orElseThrow().date());
    }

    @Test
    void torontoSpendsTheInternationalPremiereButNotTheEuropeanOne() {
        PremiereStatus status = PremiereStatus.of(List.of(s("2026-09-10", "CA", ScreeningKind.FESTIVAL_INTERNATIONAL)), "FR",
                List.of("CA", "IT"));
        assertFalse(status.internationalPremiereAvailable());
        assertTrue(status.europeanPremiereAvailable());
        assertEquals(Map.of("CA", false, "IT", true), status.nationalPremiereAvailable());
    }

    @Test
    void anOpenOnlineScreeningSpendsEveryPremiere() {
        PremiereStatus status = PremiereStatus.of(List.of(s("2027-01-10", "FR", ScreeningKind.ONLINE)), "FR", List.of("JP"));
        assertFalse(status.europeanPremiereAvailable());
        assertFalse(status.nationalPremiereAvailable().get("JP"));
    }

    @Test
    void aPrivateMarketScreeningSpendsNothing() {
        PremiereStatus status = PremiereStatus.of(
                List.of(new ScreeningFact(UUID.randomUUID(), LocalDate.of(2027, 5, 15), "FR", ScreeningKind.MARKET, false, "Marché du Film")),
                "FR", List.of());
        assertTrue(status.worldPremiereAvailable());
        assertTrue(status.firstPublicScreening().isEmpty());
    }
}
