package fr.bobine.rights.waterfall;

/** Modes of exploitation, as distribution-service reports them. */
public enum Media {
    THEATRICAL, TV, VOD, SVOD, AVOD, INTERNATIONAL_SALES, OTHER
}
