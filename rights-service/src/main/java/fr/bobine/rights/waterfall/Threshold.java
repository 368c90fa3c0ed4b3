package fr.bobine.rights.waterfall;

import java.math.BigDecimal;

/** Holds once {@code metric} (of {@code positionId} where it names one) is at least {@code atLeast}. */
public record Threshold(ThresholdMetric metric, String positionId, BigDecimal atLeast) {
}
