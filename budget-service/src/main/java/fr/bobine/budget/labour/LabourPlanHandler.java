package fr.bobine.budget.labour;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.databind.JsonNode;

import fr.bobine.budget.production.IncomingEvent;
import fr.bobine.platform.events.CloudEvent;
import fr.bobine.platform.events.EventRejectedException;
import fr.bobine.platform.inbox.EventHandler;

/**
 * {@code crew.labour.planned}: crew-service published a version of the shooting schedule and sends its planned labour,
 * contract by contract and week by week. The plan of a higher schedule version replaces the one held; a plan of the same
 * or a lower version (a replay, a late delivery) changes nothing. Weeks are kept whatever budget-service knows of their
 * contract: the cost report places them on the contract's lines once its crew.contract.signed is booked.
 */
@ApplicationScoped
public class LabourPlanHandler implements EventHandler {

    public static final String LABOUR_PLANNED = "crew.labour.planned";

    Clock clock = Clock.systemUTC();

    @Override
    public boolean handles(String eventType) {
        return LABOUR_PLANNED.equals(eventType);
    }

    @Override
    public void handle(CloudEvent event) {
        JsonNode data = IncomingEvent.data(event);
        UUID productionId = IncomingEvent.knownProduction(event, data);
        UUID scheduleVersionId = IncomingEvent.uuid(event, data, "scheduleVersionId");
        int number = data.path("versionNumber").asInt(0);
        if (number < 1) {
            throw new EventRejectedException(LABOUR_PLANNED + " has no versionNumber");
        }
        LabourPlan held = LabourPlan.findById(productionId);
        if (held != null && held.versionNumber >= number) {
            return;
        }
        PlannedLabourWeek.delete("productionId", productionId);
        Set<String> seen = new HashSet<>();
        for (JsonNode w : data.path("weeks")) {
            PlannedLabourWeek week = new PlannedLabourWeek();
            week.productionId = productionId;
            week.contractId = IncomingEvent.uuid(event, w, "contractId");
            week.weekStart = date(w, "weekStart");
            if (!seen.add(week.contractId + "/" + week.weekStart)) {
                throw new EventRejectedException(LABOUR_PLANNED + " plans the week of " + week.weekStart + " of contract "
                        + week.contractId + " twice");
            }
            week.employeeNumber = w.path("employeeNumber").asText("");
            week.budgetLineCode = w.hasNonNull("budgetLineCode") ? w.path("budgetLineCode").asText() : null;
            week.hours = decimal(w, "hours");
            week.cachets = w.path("cachets").asInt(0);
            week.gross = IncomingEvent.cents(event, w.path("gross"), "weeks[].gross");
            if (week.gross.signum() < 0) {
                throw new EventRejectedException(LABOUR_PLANNED + " plans a negative gross for contract " + week.contractId);
            }
            week.persist();
        }
        if (held == null) {
            held = new LabourPlan();
            held.productionId = productionId;
        }
        held.scheduleVersionId = scheduleVersionId;
        held.versionNumber = number;
        held.publishedAt = instant(data, "publishedAt");
        held.receivedAt = Instant.now(clock);
        held.persist();
    }

    private static LocalDate date(JsonNode node, String field) {
        try {
            return LocalDate.parse(node.path(field).asText(""));
        } catch (DateTimeParseException e) {
            throw new EventRejectedException(LABOUR_PLANNED + " has a week without a valid " + field, e);
        }
    }

    private static BigDecimal decimal(JsonNode node, String field) {
        try {
            return new BigDecimal(node.path(field).asText("0"));
        } catch (NumberFormatException e) {
            throw new EventRejectedException(LABOUR_PLANNED + " has a week whose " + field + " is not a decimal", e);
        }
    }

    private Instant instant(JsonNode data, String field) {
        try {
            return Instant.parse(data.path(field).asText(""));
        } catch (DateTimeParseException e) {
            return Instant.now(clock);
        }
    }
}
