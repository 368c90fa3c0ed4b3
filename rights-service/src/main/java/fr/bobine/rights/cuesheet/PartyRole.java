package fr.bobine.rights.cuesheet;

/**
 * CISAC-style role codes: C composer, A author, CA composer/author, AR arranger, AD adapter, TR translator, SA sub-author,
 * SR sub-arranger, E publisher (éditeur), SE sub-publisher, AM administrator.
 */
public enum PartyRole {
    C, A, CA, AR, AD, TR, SA, SR, E, SE, AM
}
