package fr.bobine.rights.statement;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import fr.bobine.platform.money.Money;

/** Data of rights.statement.issued v1 (src/main/resources/events/rights.statement.issued.v1.schema.json). */
public record StatementIssued(UUID statementId, UUID productionId, UUID waterfallId, String holder, LocalDate periodStart,
        LocalDate periodEnd, Money share, Money amountDue, Instant timeOfIssue) {
}
