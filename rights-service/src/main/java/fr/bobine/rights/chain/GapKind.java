package fr.bobine.rights.chain;

/** What is missing in the chain of title. */
public enum GapKind {
    NO_CONTRACT, RIGHT_NOT_GRANTED, TERM_EXPIRES_BEFORE_RELEASE, MISSING_SIGNATURE
}
