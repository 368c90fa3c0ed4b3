package fr.bobine.crew.contract;

/** Paris region or not: the week shape and transport rules differ (CCN 3097 Titre II art. 26, 32). */
public enum WorkLocation {
    PARIS_REGION, OUTSIDE_PARIS_REGION
}
