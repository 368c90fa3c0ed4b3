package fr.bobine.crew.person;

/** As the DPAE codes it: 1 male, 2 female. */
public enum Sex {
    MALE, FEMALE
}
