package fr.bobine.rights.waterfall;

import java.math.BigDecimal;

/** One node a receipt's money passed: what reached it, what its holder took and why (explainability). */
public record Step(int order, String nodeId, String holder, String kind, BigDecimal reached, BigDecimal took, String reason) {
}
