package fr.bobine.budget.financing;

import java.time.LocalDate;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import fr.bobine.platform.money.Money;

@Schema(name = "TaxCreditRate", description = "The rate and cap of a tax-credit scheme over a period")
public record TaxCreditRateDto(UUID id, TaxCreditScheme scheme, @Schema(example = "0.300000") String rate,
        @Schema(nullable = true) Money cap, LocalDate validFrom, @Schema(nullable = true) LocalDate validTo,
        @Schema(nullable = true) String source, long version) {
}
