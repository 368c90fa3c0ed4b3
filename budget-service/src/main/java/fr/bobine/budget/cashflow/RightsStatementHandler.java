package fr.bobine.budget.cashflow;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
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
 * {@code rights.statement.issued}: what a participant's statement says is payable is money out of the cash-flow plan,
 * on the day of issue (Paris) plus the production's statement payment days. Kept once per statement id, so a replay
 * under a new event id adds nothing. A statement with nothing due (zero or negative after advances) is kept and pays
 * nothing; a statement in another currency than EUR is parked (the plan is in euros).
 */
@ApplicationScoped
public class RightsStatementHandler implements EventHandler {

    public static final String STATEMENT_ISSUED = "rights.statement.issued";
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    Clock clock = Clock.systemUTC();

    @Override
    public boolean handles(String eventType) {
        return STATEMENT_ISSUED.equals(eventType);
    }

    @Override
    public void handle(CloudEvent event) {
        JsonNode data = IncomingEvent.data(event);
        UUID statementId = IncomingEvent.uuid(event, data, "statementId");
        UUID productionId = IncomingEvent.knownProduction(event, data);
        if (RightsStatementDue.findById(statementId) != null) {
            return;
        }
        JsonNode due = data.path("amountDue");
        if (!Money.EUR.equals(due.path("currency").asText())) {
            throw new EventRejectedException(STATEMENT_ISSUED + " " + statementId + " is not in EUR: " + due);
        }
        RightsStatementDue s = new RightsStatementDue();
        s.statementId = statementId;
        s.productionId = productionId;
        s.holder = data.path("holder").asText("");
        s.amountDue = IncomingEvent.cents(event, due, "amountDue of statement " + statementId);
        try {
            s.periodStart = LocalDate.parse(data.path("periodStart").asText());
            s.periodEnd = LocalDate.parse(data.path("periodEnd").asText());
            s.issuedOn = LocalDate.ofInstant(Instant.parse(data.path("timeOfIssue").asText()), PARIS);
        } catch (DateTimeParseException e) {
            throw new EventRejectedException(STATEMENT_ISSUED + " " + statementId + " is malformed: " + e.getMessage(), e);
        }
        s.createdAt = Instant.now(clock);
        s.persist();
    }
}
