package fr.bobine.budget.financing;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import fr.bobine.platform.money.Money;

@Schema(name = "TaxCreditEstimate", description = "Eligible French spend of the locked budget x the scheme's rate, capped")
public record TaxCreditEstimate(TaxCreditScheme scheme, Money eligibleSpend, String rate, @Schema(nullable = true) Money cap,
        Money estimate) {
}
