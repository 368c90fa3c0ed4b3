package fr.bobine.distribution.contract;

/** Enumerations of the contract feature. */
public final class ContractEnums {

    private ContractEnums() {
    }

    public enum CounterpartyKind {
        DISTRIBUTOR, SALES_AGENT, BROADCASTER, PLATFORM
    }

    public enum ContractStatus {
        DRAFT, SIGNED
    }

    /** How often the counterparty accounts to the producer; the law's minimum (L213-28) still applies. */
    public enum ReportingFrequency {
        QUARTERLY(3), HALF_YEARLY(6), YEARLY(12);

        public final int months;

        ReportingFrequency(int months) {
            this.months = months;
        }
    }

    public enum InstalmentTrigger {
        ON_SIGNATURE, ON_DELIVERY, ON_RELEASE, ON_DATE
    }

    public enum InstalmentStatus {
        SCHEDULED, DUE, RECEIVED
    }
}
