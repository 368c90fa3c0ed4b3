package fr.bobine.crew.contract;

import java.time.Instant;

import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "PayrollRegime", description = "The production's payroll regime: admitted to the cinema low-budget annexe III or not")
public record PayrollRegimeDto(
        @Schema(description = "Admitted by the joint commission to CCN 3097 annexe III") boolean lowBudgetAnnexe3,
        @Size(max = 200) @Schema(nullable = true, description = "Reference of the commission's decision") String decisionReference,
        @Schema(readOnly = true, nullable = true) String recordedBy,
        @Schema(readOnly = true, nullable = true) Instant recordedAt) {
}
