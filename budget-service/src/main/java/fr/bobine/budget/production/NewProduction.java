package fr.bobine.budget.production;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import fr.bobine.platform.money.Money;
import fr.bobine.platform.production.DelegatedProducer;
import fr.bobine.platform.production.ProductionKind;
import fr.bobine.platform.production.ProductionStatus;

@Schema(name = "NewProduction", description = "A production to create")
public record NewProduction(
        @NotBlank @Size(max = 300) @Schema(example = "La Nuit du Phare") String title,
        @Size(max = 300) @Schema(nullable = true, example = "The Lighthouse Night") String originalTitle,
        @NotNull ProductionKind kind,
        @Schema(nullable = true, description = "Defaults to DEVELOPMENT") ProductionStatus status,
        @Size(max = 100) @Schema(nullable = true, example = "drama") String genre,
        @Size(max = 10) @Schema(description = "ISO 639 language codes", example = "[\"fr\"]")
        List<@NotNull @Pattern(regexp = "[a-z]{2,3}", message = "must be an ISO 639 code such as fr") String> originalLanguages,
        @Valid @Schema(nullable = true) ProductionFormat format,
        @NotNull @Valid DelegatedProducer delegatedProducer,
        @Schema(nullable = true, example = "2027-03-01") LocalDate plannedShootingStart,
        @Schema(nullable = true, example = "2027-04-23") LocalDate plannedShootingEnd,
        @Schema(nullable = true, description = "The producer's first estimate of the total budget") Money estimatedBudget) {
}
