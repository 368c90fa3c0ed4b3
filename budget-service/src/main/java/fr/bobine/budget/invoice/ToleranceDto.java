package fr.bobine.budget.invoice;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import fr.bobine.platform.money.Money;

@Schema(name = "MatchTolerance", description = "The three-way match tolerance of a production")
public record ToleranceDto(Money amount, @Schema(example = "1.5") String percent, long version) {
}
