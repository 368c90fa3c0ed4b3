package fr.bobine.distribution.contract;

import java.time.LocalDate;
import java.util.UUID;

import fr.bobine.platform.money.Money;

/**
 * Data of distribution.mg.instalment.received v1: the counterparty paid an instalment of its minimum guarantee, for
 * budget-service's cash-flow plan (src/main/resources/events/distribution.mg.instalment.received.v1.schema.json).
 */
public record MgInstalmentReceived(UUID instalmentId, UUID contractId, UUID productionId, String counterpartyName,
        String label, Money amount, LocalDate dueOn, LocalDate receivedOn) {

    public static final String TYPE = "distribution.mg.instalment.received";
}
