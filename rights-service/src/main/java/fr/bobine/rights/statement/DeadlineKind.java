package fr.bobine.rights.statement;

public enum DeadlineKind {
    /** The producer's statement to a participant, at least once a year (CPI L132-28, Code du cinéma D213-13). */
    PARTICIPANT_STATEMENT,
    /** The distributor's first account, within 6 months of the theatrical release (Code du cinéma L213-28). */
    DISTRIBUTOR_FIRST_ACCOUNT
}
