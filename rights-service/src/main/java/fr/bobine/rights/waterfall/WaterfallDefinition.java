package fr.bobine.rights.waterfall;

import java.util.List;

/** A waterfall graph: receipts enter at {@code entry}, a position or group id. */
public record WaterfallDefinition(String currency, String entry, List<Position> positions, List<Group> groups) {
}
