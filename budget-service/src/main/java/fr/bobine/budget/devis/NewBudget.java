package fr.bobine.budget.devis;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "NewBudget", description = "A budget to open on a template; its first version is a draft with the template's rules")
public record NewBudget(
        @NotBlank @Schema(example = "CNC-CINEMA") String templateCode,
        @NotBlank @Size(max = 300) @Schema(example = "Devis de production") String title,
        @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 4217 code") @Schema(nullable = true, description = "Defaults to EUR") String currency,
        @Schema(nullable = true, description = "Date whose social-charge rates apply; defaults to today") LocalDate ratesOn,
        @Size(max = 300) @Schema(nullable = true, example = "V1 dépôt CNC") String versionLabel) {
}
