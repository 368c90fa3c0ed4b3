package fr.bobine.distribution.contract;

import java.time.LocalDate;
import java.util.UUID;

import fr.bobine.platform.money.Money;

/** Data of distribution.mg.instalment.fell-due v1: an MG instalment the counterparty now owes, for budget-service. */
public record MgInstalmentFellDue(UUID instalmentId, UUID contractId, UUID productionId, String counterpartyName,
        String label, String trigger, Money amount, LocalDate dueOn, UUID deliverableId) {

    public static final String TYPE = "distribution.mg.instalment.fell-due";
}
