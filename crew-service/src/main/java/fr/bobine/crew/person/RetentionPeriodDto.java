package fr.bobine.crew.person;

import java.time.LocalDate;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "RetentionPeriod", description = "How many years records of a kind are kept after the last of them, from "
        + "validFrom")
public record RetentionPeriodDto(
        UUID id,
        @Schema(description = "The kind of records: PAYROLL_RECORDS for a person's payroll records", example = "PAYROLL_RECORDS")
        String code,
        @Schema(example = "5") int years,
        LocalDate validFrom,
        @Schema(nullable = true) LocalDate validTo,
        @Schema(description = "The law the period comes from") String source) {
}
