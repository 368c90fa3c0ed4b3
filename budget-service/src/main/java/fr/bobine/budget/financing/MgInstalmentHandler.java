package fr.bobine.budget.financing;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.databind.JsonNode;

import fr.bobine.budget.production.IncomingEvent;
import fr.bobine.platform.events.CloudEvent;
import fr.bobine.platform.events.EventRejectedException;
import fr.bobine.platform.inbox.EventHandler;
import fr.bobine.platform.money.Money;

/**
 * {@code distribution.mg.instalment.fell-due}: an instalment of a minimum guarantee (on delivery, on release...) is now
 * owed on {@code dueOn}. It is dated in the financing source of its contract ({@link DistributionContractHandler}),
 * once per instalment id; the cash-flow plan reads it as money in on that date. The source's own amount and
 * instalments are not rewritten: they stay what the contract said, and the plan puts the part of an MG without a date
 * apart, as not dated yet.
 * <p>
 * A contract budget-service has no source for is parked in the dead-letter table: events of a production are ordered
 * on the distribution topic, so its {@code distribution.contract.signed} came first and was parked or carried no MG;
 * retrying both in order applies it.
 */
@ApplicationScoped
public class MgInstalmentHandler implements EventHandler {

    public static final String FELL_DUE = "distribution.mg.instalment.fell-due";

    Clock clock = Clock.systemUTC();

    @Override
    public boolean handles(String eventType) {
        return FELL_DUE.equals(eventType);
    }

    @Override
    public void handle(CloudEvent event) {
        JsonNode data = IncomingEvent.data(event);
        UUID instalmentId = IncomingEvent.uuid(event, data, "instalmentId");
        UUID contractId = IncomingEvent.uuid(event, data, "contractId");
        UUID productionId = IncomingEvent.uuid(event, data, "productionId");
        if (FinancingInstalmentDue.findById(instalmentId) != null) {
            return;
        }
        FinancingSource source = FinancingSource.findById(DistributionContractHandler.sourceIdOf(contractId));
        if (source == null || !source.productionId.equals(productionId)) {
            throw new EventRejectedException(FELL_DUE + ": no financing source for distribution contract " + contractId
                    + " of production " + productionId + " (its contract event is parked or had no MG)");
        }
        JsonNode amount = data.path("amount");
        if (!Money.EUR.equals(amount.path("currency").asText()) || !Money.EUR.equals(source.currency)) {
            throw new EventRejectedException(FELL_DUE + " " + instalmentId + " is not in EUR: " + amount);
        }
        FinancingInstalmentDue due = new FinancingInstalmentDue();
        due.instalmentId = instalmentId;
        due.sourceId = source.id;
        due.productionId = productionId;
        due.amount = IncomingEvent.cents(event, amount, "amount of instalment " + instalmentId);
        try {
            due.dueOn = LocalDate.parse(data.path("dueOn").asText());
        } catch (DateTimeParseException e) {
            throw new EventRejectedException(FELL_DUE + " " + instalmentId + " is malformed: " + e.getMessage(), e);
        }
        if (due.amount.signum() < 0) {
            throw new EventRejectedException(FELL_DUE + " " + instalmentId + " has a negative amount");
        }
        due.label = data.path("label").asText("") + " (" + data.path("counterpartyName").asText("") + ")";
        due.createdAt = Instant.now(clock);
        due.persist();
    }
}
