package fr.bobine.rights.contract;

/** A cession de droits (assignment, CPI L131-3) or a licence (use for a term, e.g. a library cue or archive footage). */
public enum ContractKind {
    ASSIGNMENT, LICENCE
}
