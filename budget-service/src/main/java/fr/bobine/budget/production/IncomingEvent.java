package fr.bobine.budget.production;

import java.math.BigDecimal;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;

import fr.bobine.platform.events.CloudEvent;
import fr.bobine.platform.events.EventRejectedException;

/**
 * What every consumer of budget-service reads first in an event from another service: its data object, its ids, and
 * the production it is about, which budget-service must already hold. Anything missing rejects the event, so that the
 * inbox parks it in the dead-letter table with the reason instead of booking half of it.
 */
public final class IncomingEvent {

    private IncomingEvent() {
    }

    public static JsonNode data(CloudEvent event) {
        JsonNode data = event.data();
        if (data == null || !data.isObject()) {
            throw new EventRejectedException(event.type() + " has no data");
        }
        return data;
    }

    public static UUID uuid(CloudEvent event, JsonNode data, String field) {
        try {
            return UUID.fromString(data.path(field).asText());
        } catch (IllegalArgumentException e) {
            throw new EventRejectedException(event.type() + " has no valid " + field, e);
        }
    }

    /**
     * The amount of a money object ({@code {"amount": "1234.50", "currency": "EUR"}}) in cents; a missing amount, one
     * that is not a decimal or one with more than two decimals rejects the event naming {@code field}. The caller
     * checks the currency and the sign its booking needs.
     */
    public static BigDecimal cents(CloudEvent event, JsonNode money, String field) {
        try {
            return new BigDecimal(money.path("amount").asText()).setScale(2);
        } catch (NumberFormatException | ArithmeticException e) {
            throw new EventRejectedException(event.type() + " carries no " + field + " in cents: " + money, e);
        }
    }

    /** The production the event names in {@code productionId}, known to budget-service (the master of productions). */
    public static UUID knownProduction(CloudEvent event, JsonNode data) {
        UUID productionId = uuid(event, data, "productionId");
        if (Production.findById(productionId) == null) {
            throw new EventRejectedException(event.type() + " for production " + productionId + " unknown here");
        }
        return productionId;
    }
}
