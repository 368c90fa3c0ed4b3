package fr.bobine.rights.statement;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "NewStatement", description = "The statement to issue to a participant for a period")
public record NewStatement(
        @NotNull UUID waterfallId,
        @NotBlank @Schema(example = "Claire Vasseur (réalisatrice)") String holder,
        @NotNull @Schema(example = "2026-01-01") LocalDate periodStart,
        @NotNull @Schema(example = "2026-12-31") LocalDate periodEnd) {
}
