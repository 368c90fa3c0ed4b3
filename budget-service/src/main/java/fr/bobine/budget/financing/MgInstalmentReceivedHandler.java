package fr.bobine.budget.financing;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.databind.JsonNode;

import fr.bobine.budget.production.IncomingEvent;
import fr.bobine.platform.events.CloudEvent;
import fr.bobine.platform.events.EventRejectedException;
import fr.bobine.platform.inbox.EventHandler;

/**
 * {@code distribution.mg.instalment.received}: the distributor paid an instalment of its minimum guarantee that fell
 * due. The instalment booked by {@link MgInstalmentHandler} gets its received date, once; the cash-flow plan then
 * shows the money in on that day as received. An instalment budget-service has not booked is parked: its fell-due
 * event comes first on the same partition, so it was parked too; retrying both in order applies them.
 */
@ApplicationScoped
public class MgInstalmentReceivedHandler implements EventHandler {

    public static final String RECEIVED = "distribution.mg.instalment.received";

    @Override
    public boolean handles(String eventType) {
        return RECEIVED.equals(eventType);
    }

    @Override
    public void handle(CloudEvent event) {
        JsonNode data = IncomingEvent.data(event);
        UUID instalmentId = IncomingEvent.uuid(event, data, "instalmentId");
        UUID productionId = IncomingEvent.knownProduction(event, data);
        FinancingInstalmentDue due = FinancingInstalmentDue.findById(instalmentId);
        if (due == null || !due.productionId.equals(productionId)) {
            throw new EventRejectedException(RECEIVED + ": instalment " + instalmentId + " of production " + productionId
                    + " was never booked as due here (its fell-due event is parked or missing); retry it after that one");
        }
        if (IncomingEvent.cents(event, data.path("amount"), "amount").compareTo(due.amount) != 0) {
            throw new EventRejectedException(RECEIVED + ": instalment " + instalmentId + " received " + data.path("amount")
                    + ", not the " + due.amount.toPlainString() + " that fell due");
        }
        if (due.receivedOn != null) {
            return;
        }
        try {
            due.receivedOn = LocalDate.parse(data.path("receivedOn").asText());
        } catch (DateTimeParseException e) {
            throw new EventRejectedException(RECEIVED + " " + instalmentId + " has no valid receivedOn", e);
        }
    }
}
