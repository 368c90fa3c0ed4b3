package fr.bobine.rights.receipt;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import fr.bobine.rights.availability.RightsBlock;
import fr.bobine.rights.availability.RightsMedia;
import fr.bobine.rights.waterfall.Media;
import fr.bobine.rights.waterfall.ReceiptKind;

/**
 * How an MG or pre-sale paid under a distribution contract is stated. A statement is drawn up for each mode of
 * exploitation (CPI L132-28), but a contract's MG is one sum for all the rights it licenses: it is stated under the
 * licence's main mode, international sales for a sales agent, theatrical when the licence includes cinemas, else its
 * only mode, else OTHER; and in the licence's only territory, else France when it is among them, else the first.
 */
public final class AdvanceMode {

    private AdvanceMode() {
    }

    /** A broadcaster's or platform's money is a pre-sale; a distributor's or sales agent's an MG. */
    public static ReceiptKind kind(String counterpartyKind) {
        return "BROADCASTER".equals(counterpartyKind) || "PLATFORM".equals(counterpartyKind) ? ReceiptKind.PRE_SALE
                : ReceiptKind.MINIMUM_GUARANTEE;
    }

    public static Media media(String counterpartyKind, List<RightsBlock> blocks) {
        if ("SALES_AGENT".equals(counterpartyKind)) {
            return Media.INTERNATIONAL_SALES;
        }
        Set<Media> modes = new LinkedHashSet<>();
        for (RightsBlock block : blocks) {
            for (RightsMedia m : block.media()) {
                modes.add(of(m));
            }
        }
        if (modes.contains(Media.THEATRICAL)) {
            return Media.THEATRICAL;
        }
        return modes.size() == 1 ? modes.iterator().next() : Media.OTHER;
    }

    public static String territory(List<RightsBlock> blocks) {
        Set<String> territories = new LinkedHashSet<>();
        blocks.forEach(b -> territories.addAll(b.territories()));
        if (territories.size() != 1 && territories.contains("FR")) {
            return "FR";
        }
        return territories.isEmpty() ? "FR" : territories.iterator().next();
    }

    static Media of(RightsMedia media) {
        return switch (media) {
            case THEATRICAL -> Media.THEATRICAL;
            case TVOD -> Media.VOD;
            case SVOD -> Media.SVOD;
            case AVOD -> Media.AVOD;
            case PAY_TV, FREE_TV -> Media.TV;
            case VIDEO, NON_THEATRICAL, AIRLINE -> Media.OTHER;
        };
    }
}
