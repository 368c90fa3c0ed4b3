package fr.bobine.budget.devis;

/** How a line differs between two versions. */
public enum LineChange {
    ADDED, REMOVED, CHANGED
}
