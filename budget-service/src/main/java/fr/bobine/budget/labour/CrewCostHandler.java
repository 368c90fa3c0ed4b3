package fr.bobine.budget.labour;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.fasterxml.jackson.databind.JsonNode;

import fr.bobine.budget.costreport.CostEntry;
import fr.bobine.budget.costreport.LockedLines;
import fr.bobine.budget.devis.Budget;
import fr.bobine.budget.devis.BudgetLine;
import fr.bobine.budget.devis.DevisService;
import fr.bobine.budget.devis.FringeCategory;
import fr.bobine.budget.devis.TemplateAccount;
import fr.bobine.budget.production.IncomingEvent;
import fr.bobine.platform.events.CloudEvent;
import fr.bobine.platform.events.EventRejectedException;
import fr.bobine.platform.inbox.EventHandler;
import io.quarkus.panache.common.Sort;

/**
 * Labour costs from crew-service.
 * <ul>
 * <li>{@code crew.contract.signed}: the gross is a commitment on the budget line the contract names, the employer
 * charges (employer cost estimate − gross − allowances) a commitment on the line of the chapter-4 account that receives
 * the charges of that line's fringe category (account 42 for intermittent technicians); with no such line in the locked
 * version the charges go on the salary line, and the entry's label says so. The contract is kept
 * ({@link CrewContract}).</li>
 * <li>{@code crew.timesheet.approved}: the week's gross is an actual on the salary line, its charges (gross × the
 * contract's charges / gross) an actual on the charges line. A week of a contract budget-service does not know is
 * parked in the dead-letter table: events of a production are ordered on one partition, so the contract's own event
 * was parked before it (no locked budget, an unknown line); once that one is retried, the week can be retried and its
 * charges are exact, instead of a guess from the budget's planning rates.</li>
 * <li>{@code crew.contract.cancelled}: the open part of a signed contract (gross and charges not yet actual) is
 * released by a negative commitment, once.</li>
 * <li>{@code crew.contract.amended}: an amendment (avenant) moves the contract's commitment to its new figures: the
 * difference between the new gross and the gross budget-service holds is committed on the salary line, the difference
 * of the charges on the charges line (negative when the contract costs less), once per amendment number, in order. An
 * amendment of a contract budget-service does not know is parked like a week of it; a number already applied is
 * ignored.</li>
 * </ul>
 * Runs inside the inbox transaction that records the event id. Every booking is also unique by business key (the
 * contract, the timesheet, the cancellation, the amendment), so a replay under a new event id books nothing twice.
 */
@ApplicationScoped
public class CrewCostHandler implements EventHandler {

    public static final String CONTRACT_SIGNED = "crew.contract.signed";
    public static final String TIMESHEET_APPROVED = "crew.timesheet.approved";
    public static final String CONTRACT_CANCELLED = "crew.contract.cancelled";
    public static final String CONTRACT_AMENDED = "crew.contract.amended";

    static final String CHARGES = ":charges";
    static final String RELEASED = ":released";
    static final String CHARGES_RELEASED = ":charges-released";
    static final String AFTER_CANCELLATION = ":after-cancellation";
    static final String AMENDMENT = ":amendment:";
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    @Inject
    LockedLines lockedLines;

    @Inject
    DevisService devis;

    Clock clock = Clock.systemUTC();

    @Override
    public boolean handles(String eventType) {
        return CONTRACT_SIGNED.equals(eventType) || TIMESHEET_APPROVED.equals(eventType)
                || CONTRACT_CANCELLED.equals(eventType) || CONTRACT_AMENDED.equals(eventType);
    }

    @Override
    public void handle(CloudEvent event) {
        JsonNode data = IncomingEvent.data(event);
        UUID productionId = IncomingEvent.knownProduction(event, data);
        switch (event.type()) {
            case CONTRACT_SIGNED -> contractSigned(event, data, productionId);
            case TIMESHEET_APPROVED -> timesheetApproved(event, data, productionId);
            case CONTRACT_AMENDED -> contractAmended(event, data, productionId);
            default -> contractCancelled(event, data, productionId);
        }
    }

    private void contractSigned(CloudEvent event, JsonNode data, UUID productionId) {
        UUID contractId = IncomingEvent.uuid(event, data, "contractId");
        if (CrewContract.findById(contractId) != null) {
            return;
        }
        BigDecimal gross = IncomingEvent.cents(event, data.path("committedGross"), "committedGross");
        BigDecimal allowances = data.hasNonNull("allowancesEstimate")
                ? IncomingEvent.cents(event, data.path("allowancesEstimate"), "allowancesEstimate")
                : BigDecimal.ZERO.setScale(2);
        BigDecimal employerCost = data.hasNonNull("employerCostEstimate")
                ? IncomingEvent.cents(event, data.path("employerCostEstimate"), "employerCostEstimate")
                : gross.add(allowances);
        BigDecimal charges;
        try {
            charges = EmployerCharges.ofContract(gross, allowances, employerCost);
        } catch (IllegalArgumentException e) {
            throw new EventRejectedException(CONTRACT_SIGNED + " " + contractId + ": " + e.getMessage(), e);
        }
        String code = data.path("budgetLineCode").asText("");
        DevisService.LockedBudget locked = devis.latestLocked(productionId).orElseThrow(() -> new EventRejectedException(
                CONTRACT_SIGNED + " for a production without a locked budget"));
        BudgetLine salary = lineFor(locked, code).orElseThrow(() -> new EventRejectedException(CONTRACT_SIGNED
                + " names budget line '" + code + "', which is not a line of the production's locked budget"));
        Optional<UUID> chargesLine = chargesLineageOf(productionId, locked, salary);
        LocalDate start = date(data, "startDate").orElseGet(() -> eventDay(event));
        LocalDate end = date(data, "endDate").filter(d -> !d.isBefore(start)).orElse(start);
        String employee = data.path("employeeNumber").asText("");

        CrewContract contract = new CrewContract();
        contract.contractId = contractId;
        contract.productionId = productionId;
        contract.employeeNumber = employee;
        contract.salaryLineage = salary.lineage;
        contract.chargesLineage = chargesLine.orElse(salary.lineage);
        contract.chargesOnSalaryLine = chargesLine.isEmpty();
        contract.startDate = start;
        contract.endDate = end;
        contract.gross = gross;
        contract.charges = charges;
        contract.allowances = allowances;
        contract.status = CrewContract.SIGNED;
        contract.createdAt = Instant.now(clock);
        contract.persist();

        String ref = contractId.toString();
        book(productionId, salary.lineage, CostEntry.COMMITMENT, ref, gross, start, "contrat " + employee + " (event "
                + event.id() + ")");
        if (charges.signum() != 0) {
            book(productionId, contract.chargesLineage, CostEntry.COMMITMENT, ref + CHARGES, charges, start,
                    chargesLabel("charges patronales contrat " + employee, contract) + " (event " + event.id() + ")");
        }
    }

    private void timesheetApproved(CloudEvent event, JsonNode data, UUID productionId) {
        UUID timesheetId = IncomingEvent.uuid(event, data, "timesheetId");
        UUID contractId = IncomingEvent.uuid(event, data, "contractId");
        if (CrewTimesheet.findById(timesheetId) != null) {
            return;
        }
        CrewContract contract = CrewContract.findById(contractId);
        if (contract == null || !contract.productionId.equals(productionId)) {
            throw new EventRejectedException(TIMESHEET_APPROVED + " " + timesheetId + " of contract " + contractId
                    + ", which budget-service has not booked (its crew.contract.signed is parked or missing); retry it"
                    + " once the contract is booked");
        }
        BigDecimal gross = IncomingEvent.cents(event, data.path("gross"), "gross");
        BigDecimal charges = EmployerCharges.ofWeek(gross, contract.charges, contract.gross);
        LocalDate week = date(data, "weekStart").orElseGet(() -> eventDay(event));
        CrewTimesheet sheet = new CrewTimesheet();
        sheet.timesheetId = timesheetId;
        sheet.contractId = contractId;
        sheet.productionId = productionId;
        sheet.weekStart = week;
        sheet.gross = gross;
        sheet.charges = charges;
        sheet.createdAt = Instant.now(clock);
        sheet.persist();

        String ref = timesheetId.toString();
        String employee = data.path("employeeNumber").asText(contract.employeeNumber);
        book(productionId, contract.salaryLineage, CostEntry.ACTUAL, ref, gross, week, "relevé d'heures " + employee
                + " (event " + event.id() + ")");
        if (charges.signum() != 0) {
            book(productionId, contract.chargesLineage, CostEntry.ACTUAL, ref + CHARGES, charges, week,
                    chargesLabel("charges patronales relevé " + employee, contract) + " (event " + event.id() + ")");
        }
        if (CrewContract.CANCELLED.equals(contract.status)) {
            // the contract's open part was released at cancellation: a week approved afterwards is a cost that was
            // not committed any more, so it is committed and consumed at once instead of eating other contracts' part
            book(productionId, contract.salaryLineage, CostEntry.COMMITMENT, ref + AFTER_CANCELLATION, gross, week,
                    "relevé après annulation du contrat " + employee);
            if (charges.signum() != 0) {
                book(productionId, contract.chargesLineage, CostEntry.COMMITMENT, ref + CHARGES + AFTER_CANCELLATION,
                        charges, week, "charges du relevé après annulation du contrat " + employee);
            }
        }
    }

    private void contractCancelled(CloudEvent event, JsonNode data, UUID productionId) {
        UUID contractId = IncomingEvent.uuid(event, data, "contractId");
        CrewContract contract = CrewContract.findById(contractId);
        if (contract == null) {
            if ("DRAFT".equals(data.path("previousStatus").asText())) {
                return; // a draft committed nothing
            }
            throw new EventRejectedException(CONTRACT_CANCELLED + " of signed contract " + contractId
                    + ", which budget-service has not booked; retry it once the contract is booked");
        }
        if (CrewContract.CANCELLED.equals(contract.status)) {
            return;
        }
        BigDecimal actualGross = BigDecimal.ZERO.setScale(2);
        BigDecimal actualCharges = BigDecimal.ZERO.setScale(2);
        for (CrewTimesheet t : CrewTimesheet.<CrewTimesheet> list("contractId", contractId)) {
            actualGross = actualGross.add(t.gross);
            actualCharges = actualCharges.add(t.charges);
        }
        BigDecimal openGross = contract.gross.subtract(actualGross).max(BigDecimal.ZERO);
        BigDecimal openCharges = contract.charges.subtract(actualCharges).max(BigDecimal.ZERO);
        Instant at = instant(data, "cancelledAt").orElseGet(() -> event.time() != null ? event.time() : Instant.now(clock));
        LocalDate day = LocalDate.ofInstant(at, PARIS);
        String ref = contractId.toString();
        String reason = data.path("reason").asText("");
        if (openGross.signum() != 0) {
            book(productionId, contract.salaryLineage, CostEntry.COMMITMENT, ref + RELEASED, openGross.negate(), day,
                    "annulation contrat " + contract.employeeNumber + " : " + reason + " (event " + event.id() + ")");
        }
        if (openCharges.signum() != 0) {
            book(productionId, contract.chargesLineage, CostEntry.COMMITMENT, ref + CHARGES_RELEASED, openCharges.negate(),
                    day, chargesLabel("annulation charges contrat " + contract.employeeNumber, contract) + " (event "
                            + event.id() + ")");
        }
        contract.status = CrewContract.CANCELLED;
        contract.cancelledAt = at;
    }

    private void contractAmended(CloudEvent event, JsonNode data, UUID productionId) {
        UUID contractId = IncomingEvent.uuid(event, data, "contractId");
        int number = data.path("amendmentNumber").asInt(0);
        if (number < 1) {
            throw new EventRejectedException(CONTRACT_AMENDED + " of contract " + contractId + " without an amendment number");
        }
        CrewContract contract = CrewContract.findById(contractId);
        if (contract == null || !contract.productionId.equals(productionId)) {
            throw new EventRejectedException(CONTRACT_AMENDED + " " + number + " of contract " + contractId
                    + ", which budget-service has not booked (its crew.contract.signed is parked or missing); retry it"
                    + " once the contract is booked");
        }
        if (number <= contract.amendmentNumber) {
            return;
        }
        if (number != contract.amendmentNumber + 1) {
            throw new EventRejectedException(CONTRACT_AMENDED + " " + number + " of contract " + contractId + " while "
                    + "amendment " + (contract.amendmentNumber + 1) + " is not applied (parked or missing); retry it after");
        }
        if (CrewContract.CANCELLED.equals(contract.status)) {
            throw new EventRejectedException(CONTRACT_AMENDED + " " + number + " of contract " + contractId
                    + ", which was cancelled: crew-service amends signed contracts only");
        }
        BigDecimal gross = IncomingEvent.cents(event, data.path("committedGross"), "committedGross");
        BigDecimal allowances = IncomingEvent.cents(event, data.path("allowancesEstimate"), "allowancesEstimate");
        BigDecimal employerCost = IncomingEvent.cents(event, data.path("employerCostEstimate"), "employerCostEstimate");
        BigDecimal charges;
        try {
            charges = EmployerCharges.ofContract(gross, allowances, employerCost);
        } catch (IllegalArgumentException e) {
            throw new EventRejectedException(CONTRACT_AMENDED + " " + number + " of contract " + contractId + ": "
                    + e.getMessage(), e);
        }
        BigDecimal grossChange = gross.subtract(contract.gross);
        BigDecimal chargesChange = charges.subtract(contract.charges);
        LocalDate effective = date(data, "effectiveFrom").orElseGet(() -> eventDay(event));
        String ref = contractId + AMENDMENT + number;
        String label = "avenant " + number + " contrat " + contract.employeeNumber + " : " + data.path("reason").asText("");
        if (grossChange.signum() != 0) {
            book(productionId, contract.salaryLineage, CostEntry.COMMITMENT, ref, grossChange, effective, label + " (event "
                    + event.id() + ")");
        }
        if (chargesChange.signum() != 0) {
            book(productionId, contract.chargesLineage, CostEntry.COMMITMENT, ref + CHARGES, chargesChange, effective,
                    chargesLabel("charges " + label, contract) + " (event " + event.id() + ")");
        }
        contract.gross = gross;
        contract.charges = charges;
        contract.allowances = allowances;
        date(data, "endDate").filter(d -> !d.isBefore(contract.startDate)).ifPresent(d -> contract.endDate = d);
        contract.amendmentNumber = number;
    }

    /** Books once per (source, reference, kind, lineage), the unique key of cost_entry. */
    private void book(UUID productionId, UUID lineage, String kind, String ref, BigDecimal amount, LocalDate on,
            String label) {
        if (CostEntry.count("source = 'CREW' and sourceRef = ?1 and kind = ?2 and lineage = ?3", ref, kind, lineage) > 0) {
            return;
        }
        CostEntry e = new CostEntry();
        e.id = UUID.randomUUID();
        e.productionId = productionId;
        e.lineage = lineage;
        e.kind = kind;
        e.source = "CREW";
        e.sourceRef = ref;
        e.amount = amount;
        e.bookedOn = on;
        e.label = label;
        e.createdAt = Instant.now(clock);
        e.persist();
    }

    private static String chargesLabel(String label, CrewContract contract) {
        return contract.chargesOnSalaryLine ? label + " — sur la ligne de salaire : le devis n'a pas de ligne de charges"
                : label;
    }

    /** A line id or lineage, else the first line of the locked version under that account code. */
    private static Optional<BudgetLine> lineFor(DevisService.LockedBudget locked, String code) {
        try {
            UUID id = UUID.fromString(code);
            return BudgetLine.<BudgetLine> find("versionId = ?1 and (id = ?2 or lineage = ?2)", locked.versionId(), id)
                    .firstResultOptional();
        } catch (IllegalArgumentException notAnId) {
            return firstLineUnder(locked, code.strip());
        }
    }

    /**
     * Where the employer charges of a salary line go: the chapter-4 account whose template says it receives the charges
     * of the line's fringe category (account 42 for intermittent technicians). Its row of computed charges in the locked
     * budget when there is one (the charges the devis planned for these salaries), else the first line the devis has
     * under that account; empty when neither exists.
     */
    private Optional<UUID> chargesLineageOf(UUID productionId, DevisService.LockedBudget locked, BudgetLine salary) {
        if (salary.fringeCategory == null || salary.fringeCategory == FringeCategory.NONE) {
            return Optional.empty();
        }
        Budget budget = Budget.findById(locked.budgetId());
        Optional<TemplateAccount> account = TemplateAccount.<TemplateAccount> find("templateCode = ?1 and postsFringesOf = ?2",
                Sort.by("position").and("code"), budget.templateCode, salary.fringeCategory).firstResultOptional();
        if (account.isEmpty()) {
            return Optional.empty();
        }
        UUID computed = LockedLines.chargesLineage(locked.budgetId(), account.get().code);
        boolean planned = lockedLines.of(productionId).stream().flatMap(l -> l.lines().stream())
                .anyMatch(l -> l.key().equals(computed.toString()));
        if (planned) {
            ChargesLine.register(computed, locked.budgetId(), account.get().code);
            return Optional.of(computed);
        }
        return firstLineUnder(locked, account.get().code).map(l -> l.lineage);
    }

    private static Optional<BudgetLine> firstLineUnder(DevisService.LockedBudget locked, String accountCode) {
        return BudgetLine.<BudgetLine> find("versionId = ?1 and accountCode = ?2", Sort.by("position").and("id"),
                locked.versionId(), accountCode).firstResultOptional();
    }

    private static Optional<LocalDate> date(JsonNode data, String field) {
        try {
            return Optional.of(LocalDate.parse(data.path(field).asText("")));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static Optional<Instant> instant(JsonNode data, String field) {
        try {
            return Optional.of(Instant.parse(data.path(field).asText("")));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private LocalDate eventDay(CloudEvent event) {
        return event.time() != null ? LocalDate.ofInstant(event.time(), ZoneOffset.UTC) : LocalDate.now(clock);
    }
}
