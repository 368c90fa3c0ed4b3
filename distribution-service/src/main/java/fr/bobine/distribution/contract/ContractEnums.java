package fr.bobine.distribution.contract;

import java.time.LocalDate;

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
        ON_SIGNATURE, ON_DELIVERY, ON_RELEASE, ON_DATE;

        /**
         * The day an instalment of this trigger is owed when that day is known in advance: its own date (ON_DATE), the
         * French release date (ON_RELEASE, null while there is none); null for those owed on an event (signature,
         * delivery).
         */
        public LocalDate dayOwed(LocalDate scheduledOn, LocalDate frenchRelease) {
            return switch (this) {
                case ON_DATE -> scheduledOn;
                case ON_RELEASE -> frenchRelease;
                case ON_SIGNATURE, ON_DELIVERY -> null;
            };
        }
    }

    public enum InstalmentStatus {
        SCHEDULED, DUE, RECEIVED,
        /** Dropped by an amendment that lowered the MG to what had already fallen due. */
        CANCELLED
    }
}
