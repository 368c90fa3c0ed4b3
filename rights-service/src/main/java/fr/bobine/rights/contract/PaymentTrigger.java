package fr.bobine.rights.contract;

/** What makes an instalment of a flat fee due. */
public enum PaymentTrigger {
    ON_SIGNATURE, ON_START_OF_SHOOTING, ON_DELIVERY, ON_RELEASE, ON_DATE
}
