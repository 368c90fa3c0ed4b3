package fr.bobine.budget.closing;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import fr.bobine.platform.money.Money;

@Schema(name = "ClosingVarianceContributor", description = "A line that makes much of its chapter's variance")
public record ContributorDto(String key, @Schema(nullable = true) String label, Money variance,
        @Schema(example = "0.7500", description = "its share of the chapter's variance as a decimal string, 1.0000 = all of it")
        String share) {
}
