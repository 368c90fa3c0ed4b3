package fr.bobine.rights.receipt;

public enum ReceiptSource {
    /** Entered by hand through the API. */
    MANUAL,
    /** A line of a distribution.revenue.reported event from distribution-service. */
    DISTRIBUTION,
    /** An MG or pre-sale instalment the producer received (distribution.mg.instalment.received). */
    MG_INSTALMENT
}
