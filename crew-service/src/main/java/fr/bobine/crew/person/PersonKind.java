package fr.bobine.crew.person;

/** Technicians and workers declare real hours (annexe 8); artists declare cachets (annexe 10). */
public enum PersonKind {
    TECHNICIAN, ARTIST
}
