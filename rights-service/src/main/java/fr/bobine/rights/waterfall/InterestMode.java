package fr.bobine.rights.waterfall;

public enum InterestMode {
    SIMPLE,
    /** Compounded on each anniversary of the investment date. */
    COMPOUND
}
