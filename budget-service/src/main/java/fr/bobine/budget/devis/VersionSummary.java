package fr.bobine.budget.devis;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import fr.bobine.platform.money.Money;

@Schema(name = "BudgetVersionSummary", description = "One version of a budget and its total")
public record VersionSummary(UUID id, UUID budgetId, int number, VersionStatus status, @Schema(nullable = true) String label,
        LocalDate ratesOn, @Schema(nullable = true) UUID copiedFrom, boolean locked, Money total, Instant createdAt,
        @Schema(nullable = true) Instant submittedAt, @Schema(nullable = true) Instant lockedAt,
        @Schema(description = "Optimistic-locking version; the ETag is this number in quotes") long version) {
}
