package fr.bobine.rights.availability;

/** Media of exploitation a rights block grants, the same list distribution-service's contracts use. */
public enum RightsMedia {
    THEATRICAL, VIDEO, TVOD, PAY_TV, SVOD, FREE_TV, AVOD, NON_THEATRICAL, AIRLINE
}
