package fr.bobine.budget.devis;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Budget", description = "The budget of a production on a template, with its versions")
public record BudgetDto(UUID id, UUID productionId, String templateCode, String title, String currency, Instant createdAt,
        List<VersionSummary> versions) {
}
