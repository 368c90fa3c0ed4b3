package fr.bobine.distribution.revenue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import fr.bobine.platform.money.Money;

class RevenueCsvTest {

    static final String HEADER = "media,territory,week_start,admissions,gross_receipts,currency\n";

    @Test
    void twoCinemaWeeksAndAVodLine() {
        List<RevenueCsv.Line> lines = RevenueCsv.parse(HEADER
                + "THEATRICAL,FR,2026-10-14,48210,325417.50,EUR\r\n"
                + "THEATRICAL,FR,2026-10-21,31544,212922.00,EUR\n"
                + "VOD,FR,,,1840.00,EUR\n");
        assertEquals(3, lines.size());
        assertEquals(LocalDate.of(2026, 10, 21), lines.get(1).weekStart());
        assertEquals(31544, lines.get(1).admissions());
        assertEquals(Money.eur("1840.00"), lines.get(2).grossReceipts());
        assertEquals(4, lines.get(2).row());
    }

    @Test
    void aWeekStartingOnThursdayRefusesTheFileAtItsRow() {
        RevenueCsv.BadRow e = assertThrows(RevenueCsv.BadRow.class, () -> RevenueCsv.parse(HEADER
                + "THEATRICAL,FR,2026-10-14,48210,325417.50,EUR\n"
                + "THEATRICAL,FR,2026-10-22,31544,212922.00,EUR\n"));
        assertEquals(3, e.row());
        assertTrue(e.getMessage().contains("THURSDAY"));
    }

    @Test
    void otherBadRowsAreNamed() {
        assertEquals("territory 'XX' is not an ISO 3166-1 alpha-2 country code", assertThrows(RevenueCsv.BadRow.class,
                () -> RevenueCsv.parse(HEADER + "TV,XX,,,90000.00,EUR\n")).getMessage());
        assertTrue(assertThrows(RevenueCsv.BadRow.class, () -> RevenueCsv.parse(HEADER + "TV,FR,,,90000.005,EUR\n"))
                .getMessage().contains("more decimals"));
        assertTrue(assertThrows(RevenueCsv.BadRow.class, () -> RevenueCsv.parse(HEADER + "CINEMA,FR,,,1.00,EUR\n"))
                .getMessage().contains("media 'CINEMA'"));
        assertEquals(1, assertThrows(RevenueCsv.BadRow.class, () -> RevenueCsv.parse("media;territory\n")).row());
        assertTrue(assertThrows(RevenueCsv.BadRow.class, () -> RevenueCsv.parse(HEADER + "THEATRICAL,FR,,100,1.00,EUR\n"))
                .getMessage().contains("needs its cinema week"));
    }
}
