package fr.bobine.crew.callsheet;

/** A call sheet is prepared as a DRAFT and SENT once; a change after that is a new version of the day's sheet. */
public enum CallSheetStatus {
    DRAFT, SENT
}
