package fr.bobine.budget.financing;

/** How far a source has gone: planned, requested from the financier, confirmed (signed), received. */
public enum FinancingStatus {
    PLANNED, REQUESTED, CONFIRMED, RECEIVED
}
