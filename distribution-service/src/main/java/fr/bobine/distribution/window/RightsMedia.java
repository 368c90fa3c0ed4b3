package fr.bobine.distribution.window;

/** The media a rights block grants and the French media chronology orders. */
public enum RightsMedia {
    THEATRICAL, VIDEO, TVOD, PAY_TV, SVOD, FREE_TV, AVOD, NON_THEATRICAL, AIRLINE
}
