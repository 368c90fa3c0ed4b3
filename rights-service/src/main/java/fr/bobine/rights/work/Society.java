package fr.bobine.rights.work;

/** Collective management societies a rights holder may belong to. */
public enum Society {
    SACD, SCAM, SACEM, ADAGP, SDRM, PRS, GEMA, ASCAP, BMI, NONE
}
