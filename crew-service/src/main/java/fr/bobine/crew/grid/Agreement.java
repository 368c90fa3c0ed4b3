package fr.bobine.crew.grid;

/** The collective agreements crew-service computes: cinema production (IDCC 3097) and audiovisual production (IDCC 2642). */
public enum Agreement {
    IDCC_3097, IDCC_2642
}
