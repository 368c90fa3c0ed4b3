package fr.bobine.crew.contract;

/** Défraiements and rentals written in the contract (CCN 3097 Titre II art. 32, 33, 46). */
public enum AllowanceKind {
    MEAL, SNACK, PER_DIEM, LODGING, KIT_RENTAL, MILEAGE, TRANSPORT
}
