package fr.bobine.crew.person;

import java.time.LocalDate;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "PseudonymisationCandidate", description = "A person whose payroll records are past their retention period")
public record PseudonymisationCandidate(
        UUID personId,
        String employeeNumber,
        @Schema(description = "The last payroll record about the person: end of the last contract, last day worked or last "
                + "payroll line") LocalDate lastPayrollRecord,
        @Schema(description = "The last day the records had to be kept") LocalDate retainedUntil) {
}
