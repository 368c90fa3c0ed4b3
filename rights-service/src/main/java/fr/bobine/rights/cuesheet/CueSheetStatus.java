package fr.bobine.rights.cuesheet;

public enum CueSheetStatus {
    DRAFT, FINALIZED
}
