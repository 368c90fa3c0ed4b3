package fr.bobine.budget.devis;

/** Who a budget line pays, which decides its employer social charges ("fringes"); NONE for non-salary spend. */
public enum FringeCategory {
    NONE, AUTHOR, INTERMITTENT_TECHNICIAN, ARTIST, PERMANENT_STAFF
}
