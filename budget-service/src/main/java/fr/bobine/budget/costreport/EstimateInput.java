package fr.bobine.budget.costreport;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import fr.bobine.platform.money.Money;

@Schema(name = "EstimateToCompleteInput", description = "What the accountant expects still to spend on a line")
public record EstimateInput(@NotNull Money estimateToComplete, @Size(max = 500) @Schema(nullable = true) String note) {
}
