package fr.bobine.crew.grid;

/** Unemployment-insurance annexe of the position: 8 technicians and workers, 10 artists. */
public enum Annexe {
    ANNEXE_8, ANNEXE_10
}
