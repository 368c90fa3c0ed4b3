package fr.bobine.crew.schedule;

/**
 * The departments a unit is called by, in the order a call sheet lists them. LOCATIONS is the régie (locations and
 * logistics), ART the décoration, HAIR_MAKEUP the HMC (habillage, maquillage, coiffure) when it is not COSTUME.
 */
public enum Department {
    DIRECTION, PRODUCTION, LOCATIONS, CAMERA, SOUND, LIGHTING, GRIP, ART, COSTUME, HAIR_MAKEUP, CAST, OTHER
}
