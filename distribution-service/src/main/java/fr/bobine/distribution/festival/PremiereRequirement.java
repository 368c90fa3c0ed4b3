package fr.bobine.distribution.festival;

/** The premiere a section asks for, as the festival states it. */
public enum PremiereRequirement {
    WORLD, INTERNATIONAL, EUROPEAN, NATIONAL, NONE
}
