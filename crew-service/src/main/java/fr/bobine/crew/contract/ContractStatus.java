package fr.bobine.crew.contract;

public enum ContractStatus {
    DRAFT, SIGNED, CANCELLED, COMPLETED
}
