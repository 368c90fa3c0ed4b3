package fr.bobine.crew.payroll;

import java.time.LocalDate;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import fr.bobine.platform.money.Money;

@Schema(name = "PayrollInputLine", description = "One payroll item of one contract: the key is employee number, contract start date and item code")
public record PayrollInputLineDto(
        @Schema(example = "S000042") String employeeNumber,
        UUID contractId,
        LocalDate contractStartDate,
        @Schema(example = "HS25") String itemCode,
        @Schema(description = "Hours, cachets or days, a decimal string", example = "8") String quantity,
        Money amount,
        @Schema(description = "true for a correction recorded after the period was closed") boolean adjustment,
        @Schema(nullable = true) String reason) {
}
