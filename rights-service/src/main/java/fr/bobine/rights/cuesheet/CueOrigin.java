package fr.bobine.rights.cuesheet;

/** Where the music comes from (DDEX CueOrigin). */
public enum CueOrigin {
    COMMISSIONED, LIBRARY, COMMERCIAL
}
