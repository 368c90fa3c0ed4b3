package fr.bobine.budget.distribution;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.fasterxml.jackson.databind.JsonNode;

import fr.bobine.budget.costreport.CostEntry;
import fr.bobine.budget.devis.BudgetLine;
import fr.bobine.budget.production.IncomingEvent;
import fr.bobine.platform.events.CloudEvent;
import fr.bobine.platform.events.EventRejectedException;
import fr.bobine.platform.inbox.EventHandler;

/**
 * Festival and delivery costs from distribution-service: {@code distribution.cost.incurred} is an actual cost, source
 * DISTRIBUTION, on the first line of the latest locked budget under the devis account its category is mapped to (the
 * editable distribution_cost_mapping). Runs inside the inbox transaction that records the event id; the cost id is
 * also booked once in cost_entry, so a replay under a new event id books nothing twice.
 */
@ApplicationScoped
public class DistributionCostHandler implements EventHandler {

    public static final String COST_INCURRED = "distribution.cost.incurred";
    public static final String SOURCE = "DISTRIBUTION";

    @Inject
    DistributionCostService service;

    Clock clock = Clock.systemUTC();

    @Override
    public boolean handles(String eventType) {
        return COST_INCURRED.equals(eventType);
    }

    @Override
    public void handle(CloudEvent event) {
        JsonNode data = IncomingEvent.data(event);
        UUID productionId = IncomingEvent.knownProduction(event, data);
        String costId = IncomingEvent.uuid(event, data, "costId").toString();
        if (CostEntry.count("source = ?1 and sourceRef = ?2 and kind = ?3", SOURCE, costId, CostEntry.ACTUAL) > 0) {
            return;
        }
        String category = data.path("category").asText("").strip();
        if (category.isEmpty()) {
            throw new EventRejectedException(event.type() + " for cost " + costId + " has no category");
        }
        DistributionCostService.Target target = service.lineFor(productionId, category);
        BudgetLine line = target.line().orElseThrow(() -> new EventRejectedException(event.type() + " for cost " + costId
                + ": " + target.reason()));
        JsonNode money = data.path("amount");
        String currency = money.path("currency").asText("");
        if (!currency.equals(target.currency())) {
            throw new EventRejectedException(event.type() + " for cost " + costId + " is in " + currency
                    + ", the budget in " + target.currency());
        }
        BigDecimal amount = IncomingEvent.cents(event, money, "amount of cost " + costId);
        if (amount.signum() <= 0) {
            // a refund has no cost of its own to reverse here: the accountant books it by hand
            throw new EventRejectedException(event.type() + " for cost " + costId + " carries " + amount.toPlainString()
                    + ", not a cost above zero");
        }
        CostEntry e = new CostEntry();
        e.id = UUID.randomUUID();
        e.productionId = productionId;
        e.lineage = line.lineage;
        e.kind = CostEntry.ACTUAL;
        e.source = SOURCE;
        e.sourceRef = costId;
        e.amount = amount;
        e.bookedOn = incurredOn(event, data);
        e.label = category + " " + data.path("description").asText("").strip() + " (event " + event.id() + ")";
        e.createdAt = Instant.now(clock);
        e.persist();
    }

    private LocalDate incurredOn(CloudEvent event, JsonNode data) {
        try {
            return LocalDate.parse(data.path("incurredOn").asText(""));
        } catch (DateTimeParseException e) {
            return event.time() != null ? LocalDate.ofInstant(event.time(), ZoneOffset.UTC) : LocalDate.now(clock);
        }
    }
}
