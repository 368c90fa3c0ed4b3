package fr.bobine.budget.production;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import fr.bobine.platform.money.Money;
import fr.bobine.platform.production.DelegatedProducer;
import fr.bobine.platform.production.ProductionKind;
import fr.bobine.platform.production.ProductionStatus;

/** A partial change: a field left out (or null) keeps its value. */
@Schema(name = "ProductionPatch", description = "Fields to change; absent fields keep their value")
public record ProductionPatch(
        @Size(min = 1, max = 300) @Pattern(regexp = ".*\\S.*", message = "must not be blank") @Schema(nullable = true) String title,
        @Size(max = 300) @Schema(nullable = true) String originalTitle,
        @Schema(nullable = true) ProductionKind kind,
        @Schema(nullable = true) ProductionStatus status,
        @Size(max = 100) @Schema(nullable = true) String genre,
        @Size(max = 10) @Schema(nullable = true)
        List<@NotNull @Pattern(regexp = "[a-z]{2,3}", message = "must be an ISO 639 code such as fr") String> originalLanguages,
        @Valid @Schema(nullable = true) ProductionFormat format,
        @Valid @Schema(nullable = true) DelegatedProducer delegatedProducer,
        @Schema(nullable = true) LocalDate plannedShootingStart,
        @Schema(nullable = true) LocalDate plannedShootingEnd,
        @Schema(nullable = true) Money estimatedBudget) {
}
