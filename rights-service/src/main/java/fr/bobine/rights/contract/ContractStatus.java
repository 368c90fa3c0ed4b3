package fr.bobine.rights.contract;

public enum ContractStatus {
    DRAFT, SIGNED
}
