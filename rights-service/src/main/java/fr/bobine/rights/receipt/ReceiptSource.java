package fr.bobine.rights.receipt;

public enum ReceiptSource {
    /** Entered by hand through the API. */
    MANUAL,
    /** A line of a distribution.revenue.reported event from distribution-service. */
    DISTRIBUTION
}
