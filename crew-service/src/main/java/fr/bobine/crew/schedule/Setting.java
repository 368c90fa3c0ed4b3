package fr.bobine.crew.schedule;

/** Where a scene takes place in the script: interior, exterior, or both (a door, a car window). */
public enum Setting {
    INT, EXT, INT_EXT
}
