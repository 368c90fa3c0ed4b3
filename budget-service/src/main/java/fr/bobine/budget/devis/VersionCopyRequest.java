package fr.bobine.budget.devis;

import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "BudgetVersionCopyRequest", description = "The label of the new draft")
public record VersionCopyRequest(@Size(max = 300) @Schema(nullable = true, example = "V2 après lecture") String label) {
}
