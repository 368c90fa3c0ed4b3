package fr.bobine.crew.schedule;

/** A studio (a stage the production rents) or a location (a real place, with its neighbours and its permits). */
public enum SetKind {
    STUDIO, LOCATION
}
