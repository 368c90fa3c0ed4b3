package fr.bobine.distribution.festival;

import java.time.LocalDate;
import java.util.UUID;

import fr.bobine.platform.money.Money;

/** Data of distribution.cost.incurred v1: a distribution cost budget-service books as an actual cost. */
public record CostIncurred(UUID costId, UUID productionId, String category, String description, Money amount,
        LocalDate incurredOn, UUID submissionId) {

    public static final String TYPE = "distribution.cost.incurred";
}
