package fr.bobine.budget.devis;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "TemplateAccount", description = "A chapter (level 1), sub-account (2) or line (3) of a budget template")
public record TemplateAccountDto(
        @Schema(example = "2201") String code,
        @Schema(nullable = true, example = "22") String parentCode,
        @Schema(example = "2") String chapterCode,
        int level,
        @Schema(example = "Réalisateur (salaire technicien)") String labelFr,
        @Schema(example = "Director (crew salary)") String labelEn,
        int position,
        @Schema(nullable = true, description = "Social-charge category a line under this account gets by default") FringeCategory fringeCategory,
        @Schema(nullable = true, description = "This account receives the social charges of that category") FringeCategory postsFringesOf,
        boolean taxCreditEligible,
        long version) {
}
