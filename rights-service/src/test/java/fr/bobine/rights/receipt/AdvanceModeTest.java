package fr.bobine.rights.receipt;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import fr.bobine.rights.availability.RightsBlock;
import fr.bobine.rights.availability.RightsMedia;
import fr.bobine.rights.waterfall.Media;
import fr.bobine.rights.waterfall.ReceiptKind;

/** How an MG or pre-sale is stated: by the main mode and territory of the licence it pays for (CPI L132-28: by mode). */
class AdvanceModeTest {

    static RightsBlock block(List<RightsMedia> media, List<String> territories) {
        return new RightsBlock(media, territories, List.of(), LocalDate.parse("2026-01-01"), LocalDate.parse("2036-01-01"), true, List.of());
    }

    @Test
    void aDistributorsAllRightsMgIsStatedAsTheatricalInFrance() {
        List<RightsBlock> blocks = List.of(block(List.of(RightsMedia.THEATRICAL, RightsMedia.VIDEO), List.of("FR", "BE")),
                block(List.of(RightsMedia.FREE_TV), List.of("FR")));
        assertEquals(ReceiptKind.MINIMUM_GUARANTEE, AdvanceMode.kind("DISTRIBUTOR"));
        assertEquals(Media.THEATRICAL, AdvanceMode.media("DISTRIBUTOR", blocks));
        assertEquals("FR", AdvanceMode.territory(blocks));
    }

    @Test
    void aBroadcastersMoneyIsAPreSaleOfItsOnlyMode() {
        List<RightsBlock> blocks = List.of(block(List.of(RightsMedia.PAY_TV, RightsMedia.FREE_TV), List.of("BE")));
        assertEquals(ReceiptKind.PRE_SALE, AdvanceMode.kind("BROADCASTER"));
        assertEquals(ReceiptKind.PRE_SALE, AdvanceMode.kind("PLATFORM"));
        assertEquals(Media.TV, AdvanceMode.media("BROADCASTER", blocks));
        assertEquals("BE", AdvanceMode.territory(blocks));
    }

    @Test
    void aSalesAgentsMgIsInternationalSalesAndMixedModesAreOther() {
        List<RightsBlock> blocks = List.of(block(List.of(RightsMedia.SVOD, RightsMedia.TVOD), List.of("DE", "AT")));
        assertEquals(Media.INTERNATIONAL_SALES, AdvanceMode.media("SALES_AGENT", blocks));
        assertEquals(Media.OTHER, AdvanceMode.media("DISTRIBUTOR", blocks));
        assertEquals("DE", AdvanceMode.territory(blocks));
        // a licence kept before the counterparty's kind was: an MG
        assertEquals(ReceiptKind.MINIMUM_GUARANTEE, AdvanceMode.kind(null));
    }
}
