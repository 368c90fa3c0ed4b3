package fr.bobine.distribution.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Examples of shared/domain/distribution.md §4, checked against ClairMeta's DCNC 9.6 rules. */
class DcpNameTest {

    @Test
    void frenchFeatureWithProjectorSubtitlesIsClean() {
        DcpName.Report r = DcpName.parse("MonFilm_FTR-1_F_FR-EN_FR-12_51_2K_NULL_20250115_NUL_SMPTE_OV");
        assertEquals(List.of(), r.warnings());
        assertEquals("MonFilm", r.fields().get("title"));
        assertEquals("FR-EN", r.fields().get("language"));
        assertEquals("FR-12", r.fields().get("territoryRating"));
        assertEquals("OV", r.fields().get("packageType"));
    }

    @Test
    void burnedInGermanSubtitlesVersionFileAndTexedTrailerAreClean() {
        assertTrue(DcpName.parse("MonFilm_FTR-1_F_FR-de_DE_51_2K_NULL_20250115_NUL_SMPTE_VF").clean());
        assertTrue(DcpName.parse("MonFilm_TLR-1_S_FR-XX_INT-TD_51_2K_NULL_20250115_NUL_SMPTE_OV").clean());
    }

    @Test
    void longTitleIsAWarningNotARefusal() {
        DcpName.Report r = DcpName.parse("LaNuitDuPhareBretagne_FTR-1_S_FR-EN_FR-T_51_2K_NULL_20261014_NUL_SMPTE_OV");
        assertEquals(1, r.warnings().size(), r.warnings().toString());
        assertTrue(r.warnings().get(0).contains("21 characters; keep it to 14"));
        assertEquals("FR-T", r.fields().get("territoryRating"), "the rest is still read");
    }

    @Test
    void theTitleLimitIsAParameterBecauseSourcesDisagree() {
        String isdcfSample = "ThankYouService_FTR-4_S_EN-XX-CCAP_US-R-INT-TD_51-HI-VI_2K_UP_20170928_DTB_SMPTE_OV";
        assertEquals(1, DcpName.parse(isdcfSample).warnings().size(), "15 characters is over ClairMeta's 14");
        assertTrue(DcpName.parse(isdcfSample, 15).clean(), "the official ISDCF sample passes with 15");
    }

    @Test
    void unknownCodesAreWarned() {
        DcpName.Report r = DcpName.parse("MonFilm_XYZ-1_W_FR-EN_QQ-12_51-ATMOS_8K_NULL_20251315_NUL_SMPTE_OV");
        List<String> w = r.warnings();
        assertEquals(6, w.size(), w.toString());
        assertTrue(w.get(0).contains("content type 'XYZ'"));
        assertTrue(w.get(1).contains("aspect ratio 'W'"));
        assertTrue(w.get(2).contains("territory 'QQ'"));
        assertTrue(w.get(3).contains("ATMOS is deprecated"));
        assertTrue(w.get(4).contains("resolution '8K'"));
        assertTrue(w.get(5).contains("date '20251315'"));
    }

    @Test
    void underscoreInTheTitleShiftsEveryFieldAndIsWarned() {
        DcpName.Report r = DcpName.parse("Mon_Film_FTR-1_F_FR-EN_FR-12_51_2K_NULL_20250115_NUL_SMPTE_OV");
        assertTrue(r.warnings().get(0).contains("found 13"), r.warnings().toString());
        assertTrue(r.warnings().size() > 3);
    }
}
