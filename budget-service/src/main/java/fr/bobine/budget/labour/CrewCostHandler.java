package fr.bobine.budget.labour;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.fasterxml.jackson.databind.JsonNode;

import fr.bobine.budget.costreport.CostEntry;
import fr.bobine.budget.devis.BudgetLine;
import fr.bobine.budget.devis.DevisService;
import fr.bobine.budget.production.Production;
import fr.bobine.platform.events.CloudEvent;
import fr.bobine.platform.events.EventRejectedException;
import fr.bobine.platform.inbox.EventHandler;
import io.quarkus.panache.common.Sort;

/**
 * Labour costs from crew-service: a signed contract is a commitment of its gross on the budget line it names, an
 * approved timesheet an actual of its gross. Runs inside the inbox transaction that records the event id; the
 * contract or timesheet id is also unique per line in cost_entry, so a replay under a new event id books nothing twice.
 */
@ApplicationScoped
public class CrewCostHandler implements EventHandler {

    public static final String CONTRACT_SIGNED = "crew.contract.signed";
    public static final String TIMESHEET_APPROVED = "crew.timesheet.approved";

    @Inject
    DevisService devis;

    Clock clock = Clock.systemUTC();

    @Override
    public boolean handles(String eventType) {
        return CONTRACT_SIGNED.equals(eventType) || TIMESHEET_APPROVED.equals(eventType);
    }

    @Override
    public void handle(CloudEvent event) {
        JsonNode data = event.data();
        if (data == null || !data.isObject()) {
            throw new EventRejectedException(event.type() + " has no data");
        }
        UUID productionId = uuid(event, data, "productionId");
        if (Production.findById(productionId) == null) {
            throw new EventRejectedException(event.type() + " for production " + productionId + " unknown here");
        }
        boolean contract = CONTRACT_SIGNED.equals(event.type());
        String ref = uuid(event, data, contract ? "contractId" : "timesheetId").toString();
        JsonNode money = data.path(contract ? "committedGross" : "gross");
        BigDecimal amount;
        try {
            amount = new BigDecimal(money.path("amount").asText()).setScale(2);
        } catch (NumberFormatException | ArithmeticException e) {
            throw new EventRejectedException(event.type() + " carries no amount in cents: " + money, e);
        }
        String code = data.path("budgetLineCode").asText("");
        BudgetLine line = lineFor(productionId, code)
                .orElseThrow(() -> new EventRejectedException(event.type() + " names budget line '" + code
                        + "', which is not a line of the production's locked budget"));
        String kind = contract ? CostEntry.COMMITMENT : CostEntry.ACTUAL;
        if (CostEntry.count("source = 'CREW' and sourceRef = ?1 and kind = ?2 and lineage = ?3", ref, kind, line.lineage) > 0) {
            return;
        }
        CostEntry e = new CostEntry();
        e.id = UUID.randomUUID();
        e.productionId = productionId;
        e.lineage = line.lineage;
        e.kind = kind;
        e.source = "CREW";
        e.sourceRef = ref;
        e.amount = amount;
        e.bookedOn = bookedOn(event, data, contract);
        e.label = (contract ? "contrat " : "relevé d'heures ") + data.path("employeeNumber").asText("") + " (event "
                + event.id() + ")";
        e.createdAt = Instant.now(clock);
        e.persist();
    }

    /** A line id or lineage, else the first line of the locked version under that account code. */
    private java.util.Optional<BudgetLine> lineFor(UUID productionId, String code) {
        return devis.latestLocked(productionId).flatMap(locked -> {
            try {
                UUID id = UUID.fromString(code);
                return BudgetLine.<BudgetLine> find("versionId = ?1 and (id = ?2 or lineage = ?2)", locked.versionId(), id)
                        .firstResultOptional();
            } catch (IllegalArgumentException notAnId) {
                return BudgetLine.<BudgetLine> find("versionId = ?1 and accountCode = ?2", Sort.by("position").and("id"),
                        locked.versionId(), code.strip()).firstResultOptional();
            }
        });
    }

    private LocalDate bookedOn(CloudEvent event, JsonNode data, boolean contract) {
        String day = contract ? data.path("startDate").asText("") : data.path("weekStart").asText("");
        try {
            return LocalDate.parse(day);
        } catch (java.time.format.DateTimeParseException e) {
            return event.time() != null ? LocalDate.ofInstant(event.time(), ZoneOffset.UTC) : LocalDate.now(clock);
        }
    }

    private static UUID uuid(CloudEvent event, JsonNode data, String field) {
        try {
            return UUID.fromString(data.path(field).asText());
        } catch (IllegalArgumentException e) {
            throw new EventRejectedException(event.type() + " has no valid " + field, e);
        }
    }
}
