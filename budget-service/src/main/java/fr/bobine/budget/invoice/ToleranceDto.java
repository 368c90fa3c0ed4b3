package fr.bobine.budget.invoice;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import fr.bobine.platform.money.Money;

@Schema(name = "MatchTolerance", description = "The three-way match tolerance of a production")
public record ToleranceDto(Money amount, @Schema(description = "A fraction of the order, six decimals: 0.015000 is 1.5 %", example = "0.015000") String rate, long version) {
}
