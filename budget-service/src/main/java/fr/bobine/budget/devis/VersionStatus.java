package fr.bobine.budget.devis;

/** A budget version is worked on as a draft, submitted to the financiers, then approved, which locks it. */
public enum VersionStatus {
    DRAFT, SUBMITTED, APPROVED
}
