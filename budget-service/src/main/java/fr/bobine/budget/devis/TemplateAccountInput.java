package fr.bobine.budget.devis;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "TemplateAccountInput", description = "Creates or replaces one account of a template")
public record TemplateAccountInput(
        @Schema(nullable = true, description = "The parent account; absent for a chapter", example = "22") String parentCode,
        @NotBlank @Size(max = 300) String labelFr,
        @NotBlank @Size(max = 300) String labelEn,
        @Schema(nullable = true, description = "Sort order; defaults to the end of its parent") Integer position,
        @Schema(nullable = true) FringeCategory fringeCategory,
        @Schema(nullable = true) FringeCategory postsFringesOf,
        @Schema(nullable = true, description = "Defaults to true") Boolean taxCreditEligible) {
}
