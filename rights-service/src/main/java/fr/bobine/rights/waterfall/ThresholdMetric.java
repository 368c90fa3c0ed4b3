package fr.bobine.rights.waterfall;

/** What a threshold condition measures, before the receipt being run. */
public enum ThresholdMetric {
    /** Gross receipts that entered the waterfall so far. */
    WATERFALL_RECEIPTS,
    /** What position {@code positionId} has received so far. */
    POSITION_RECEIVED,
    /** What position {@code positionId} has received divided by its {@code amount} (1.2 = 120% recouped). */
    RECOUPMENT_MULTIPLE
}
