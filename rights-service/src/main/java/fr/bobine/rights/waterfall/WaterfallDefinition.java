package fr.bobine.rights.waterfall;

import java.util.List;

/**
 * A waterfall graph: receipts enter at {@code entry}, a position or group id; MG and pre-sales at {@code advanceEntry}
 * (null: the first RNPP position). With {@code splitAtThresholds} (null: true) a receipt that crosses a threshold is
 * split at it, so the part before and the part after each follow their own rule.
 */
public record WaterfallDefinition(String currency, String entry, List<Position> positions, List<Group> groups,
        String advanceEntry, Boolean splitAtThresholds) {

    public WaterfallDefinition(String currency, String entry, List<Position> positions, List<Group> groups) {
        this(currency, entry, positions, groups, null, null);
    }

    public boolean splits() {
        return splitAtThresholds == null || splitAtThresholds;
    }
}
