package fr.bobine.budget.financing;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "TaxCreditRateList", description = "Tax-credit rates")
public record TaxCreditRateList(List<TaxCreditRateDto> items) {
}
