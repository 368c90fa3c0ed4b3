package fr.bobine.crew.payroll;

import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import fr.bobine.platform.money.Money;

@Schema(name = "PayrollInputs", description = "The payroll inputs of a production for one month")
public record PayrollInputsDto(UUID productionId, @Schema(example = "2027-03") String period, PeriodStatus status,
        List<PayrollInputLineDto> lines, @Schema(nullable = true) Money total) {

    /** The same inputs with their total, the sum of the (already rounded) line amounts. */
    PayrollInputsDto withTotal() {
        Money sum = lines.stream().map(PayrollInputLineDto::amount).reduce(Money.zero(Money.EUR), Money::plus);
        return new PayrollInputsDto(productionId, period, status, lines, sum);
    }
}
