package fr.bobine.rights.cuesheet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import fr.bobine.rights.cuesheet.CueSheetRules.Violation;
import fr.bobine.rights.work.Society;

class CueSheetRulesTest {

    static CueParty party(String name, PartyRole role, String performing, String mechanical) {
        return new CueParty(name, role, "00052219364", Society.SACEM, new BigDecimal(performing),
                mechanical == null ? null : new BigDecimal(mechanical));
    }

    /** SACEM's default performing split in thirds: 33.33 + 33.33 + 33.34 = 100.00. */
    static final List<CueParty> THIRDS = List.of(party("Anne Roux", PartyRole.A, "33.33", null),
            party("Marc Lenoir", PartyRole.C, "33.33", null), party("Éditions du Quai", PartyRole.E, "33.34", null));

    static Cue cue(int number, Integer track, String in, String out, List<CueParty> parties) {
        return new Cue(number, "Cue " + number, "T-034.524.680-1", "FR-Z03-14-00212", CueOrigin.COMMISSIONED, CueUse.BACKGROUND, track,
                in, out, null, parties, null);
    }

    @Test
    void aValidSheetHasNoViolationAndDurationsAreOutMinusIn() {
        List<Cue> cues = List.of(cue(1, 1, "00:00:10:00", "00:01:40:12", THIRDS), cue(2, 1, "00:01:40:12", "00:03:00:00", THIRDS),
                cue(3, 2, "00:02:00:00", "00:02:30:00", THIRDS));
        assertEquals(List.of(), CueSheetRules.validate("01:38:00:00", cues));
        // 00:01:40:12 − 00:00:10:00 = 90 s and 12 frames
        Cue first = CueSheetRules.withDuration(cues.get(0));
        assertEquals("00:01:30:12", first.duration());
        assertEquals("T0345246801", first.iswc());
        assertEquals("FRZ031400212", first.isrc());
    }

    @Test
    void sharesOf99Point99PercentAreRefusedPerRightType() {
        List<CueParty> short1 = List.of(party("Anne Roux", PartyRole.A, "33.33", "50.00"), party("Marc Lenoir", PartyRole.C, "33.33", "49.99"),
                party("Éditions du Quai", PartyRole.E, "33.33", null));
        List<Violation> v = CueSheetRules.validate("01:38:00", List.of(cue(1, 1, "00:00:10", "00:01:00", short1)));
        assertEquals(List.of(new Violation("cues[0].parties", "performingShare adds up to 99.99%, not 100%"),
                new Violation("cues[0].parties", "mechanicalShare adds up to 99.99%, not 100%")), v);
    }

    @Test
    void outBeforeInOverlapsAndTooMuchMusicAreRefused() {
        assertEquals(List.of(new Violation("cues[0].timecodeOut", "must be after timecodeIn 00:05:00:00")),
                CueSheetRules.validate("01:38:00:00", List.of(cue(1, 1, "00:05:00:00", "00:04:59:24", THIRDS))));
        List<Violation> overlap = CueSheetRules.validate("01:38:00:00",
                List.of(cue(1, 1, "00:01:00:00", "00:02:00:00", THIRDS), cue(2, 1, "00:01:59:24", "00:03:00:00", THIRDS)));
        assertEquals(List.of(new Violation("cues[1].timecodeIn", "cue 2 overlaps cue 1 on track 1")), overlap);
        // a 2-minute programme with two 1m30 cues on two tracks: 3 minutes of music > 2 minutes
        List<Violation> tooLong = CueSheetRules.validate("00:02:00:00",
                List.of(cue(1, 1, "00:00:00:00", "00:01:30:00", THIRDS), cue(2, 2, "00:00:30:00", "00:02:00:00", THIRDS)));
        assertEquals(List.of(new Violation("cues", "total music 00:03:00:00 is longer than the programme 00:02:00:00")), tooLong);
        assertEquals("cues[0].timecodeIn", CueSheetRules.validate("01:38:00", List.of(cue(1, 1, "0:01:00", "00:02:00", THIRDS)))
                .get(0).field());
        assertEquals("cues[0].timecodeOut", CueSheetRules.validate("01:38:00", List.of(cue(1, 1, "00:01:00", "00:02:00:25", THIRDS)))
                .get(0).field());
    }

    @Test
    void identifierFormatsAreChecked() {
        assertEquals("T0345246801", MusicIdentifiers.iswc("T-034.524.680-1"));
        // check digit: 1 + 1·0 + 2·3 + 3·4 + 4·5 + 5·2 + 6·4 + 7·6 + 8·8 + 9·0 = 179 → (10 − 9) mod 10 = 1; 2 is wrong
        assertNull(MusicIdentifiers.iswc("T-034.524.680-2"));
        assertNull(MusicIdentifiers.iswc("T-034.524.680"));
        assertNull(MusicIdentifiers.isrc("FR-Z03-14-0021"));
        assertNull(MusicIdentifiers.isrc("FR-Z03-14-0021A"));
        assertTrue(MusicIdentifiers.isIpi("00052219364"));
        assertTrue(MusicIdentifiers.isIpi("I-000000229-7"));
        assertTrue(!MusicIdentifiers.isIpi("5221936"));
        Cue bad = new Cue(1, "Bad", "T1234567890", "FRZ03140021", CueOrigin.LIBRARY, CueUse.VISUAL, 1, "00:00:01", "00:00:02", null,
                List.of(new CueParty("X", PartyRole.C, "12345", Society.SACEM, new BigDecimal("100"), null)), null);
        assertEquals(List.of("cues[0].iswc", "cues[0].isrc", "cues[0].parties[0].ipi"),
                CueSheetRules.validate("00:10:00", List.of(bad)).stream().map(Violation::field).toList());
    }
}
