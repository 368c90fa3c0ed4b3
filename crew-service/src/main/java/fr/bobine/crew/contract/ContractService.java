package fr.bobine.crew.contract;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import fr.bobine.crew.grid.Engagement;
import fr.bobine.crew.grid.GridService;
import fr.bobine.crew.grid.PositionDto;
import fr.bobine.crew.person.PersonService;
import fr.bobine.crew.production.ProductionCopy;
import fr.bobine.platform.audit.AuditTrail;
import fr.bobine.platform.http.Etags;
import fr.bobine.platform.http.PageRequest;
import fr.bobine.platform.http.Sorting;
import fr.bobine.platform.money.Money;
import fr.bobine.platform.outbox.Outbox;
import fr.bobine.platform.problem.Problem;
import fr.bobine.platform.problem.ProblemException;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class ContractService {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    @Inject
    GridService grid;

    @Inject
    PersonService people;

    @Inject
    Outbox outbox;

    @Inject
    AuditTrail audit;

    @Inject
    ObjectMapper mapper;

    Clock clock = Clock.systemUTC();

    @Transactional
    public ContractDto create(UUID productionId, NewContract request) {
        requireProduction(productionId);
        if (!people.exists(request.personId())) {
            throw ProblemException.badRequest("personId", "no person " + request.personId());
        }
        if (people.pseudonymised(request.personId())) {
            throw ProblemException.conflict("person " + request.personId() + " is pseudonymised: register them again to hire them");
        }
        PositionDto position = grid.position(request.positionCode())
                .orElseThrow(() -> ProblemException.badRequest("positionCode", "unknown position " + request.positionCode()));
        checkShape(request);
        Contract c = new Contract();
        c.id = UUID.randomUUID();
        c.productionId = productionId;
        c.personId = request.personId();
        c.positionCode = position.code();
        c.agreement = position.agreement();
        c.engagement = request.engagement();
        c.weeklyHours = request.weeklyHours();
        c.startDate = request.startDate();
        c.firstHour = request.firstHour();
        c.endDate = request.endDate();
        c.rate = request.rate().amount();
        c.currency = request.rate().currency();
        c.location = request.location();
        c.budgetLineCode = request.budgetLineCode();
        c.allowances = write(request.allowances() == null ? List.of() : request.allowances());
        c.status = ContractStatus.DRAFT;
        applyMinimum(c, c.rate, c.startDate);
        c.createdAt = Instant.now(clock);
        c.updatedAt = c.createdAt;
        c.persistAndFlush();
        ContractDto created = toDto(c);
        audit.record("contract.create", "contract", c.id, null, created);
        return created;
    }

    @Transactional
    public ContractDto update(UUID productionId, UUID contractId, String ifMatch, ContractPatch patch) {
        Contract c = find(productionId, contractId);
        Etags.requireMatch(ifMatch, c.version);
        requireStatus(c, ContractStatus.DRAFT, "only a draft can be changed");
        ContractDto before = toDto(c);
        if (patch.endDate() != null) {
            if (patch.endDate().isBefore(c.startDate)) {
                throw ProblemException.badRequest("endDate", "must not be before startDate");
            }
            c.endDate = patch.endDate();
        }
        if (patch.budgetLineCode() != null) {
            c.budgetLineCode = patch.budgetLineCode();
        }
        if (patch.allowances() != null) {
            checkAllowances(patch.allowances());
            c.allowances = write(patch.allowances());
        }
        c.updatedAt = Instant.now(clock);
        c.flush();
        ContractDto after = toDto(c);
        audit.record("contract.update", "contract", c.id, before, after);
        return after;
    }

    /** Signs a draft whose mandatory mentions are all present and publishes crew.contract.signed. */
    @Transactional
    public ContractDto sign(UUID productionId, UUID contractId) {
        Contract c = find(productionId, contractId);
        requireStatus(c, ContractStatus.DRAFT, "only a draft can be signed");
        ProductionCopy production = ProductionCopy.findById(productionId);
        PositionDto position = grid.position(c.positionCode).orElse(null);
        ContractTerms terms = new ContractTerms(c.agreement, production == null ? null : production.title,
                position == null ? null : position.label(), position == null ? null : position.cadre(), c.engagement,
                c.weeklyHours, c.startDate, c.firstHour, c.endDate, c.rate, c.budgetLineCode, allowances(c));
        List<Problem.FieldError> missing = MandatoryMentions.missing(terms);
        if (!missing.isEmpty()) {
            throw ProblemException.businessRule("mandatory-mentions-missing",
                    "the contract lacks mandatory mentions (CCN 3097 Titre II art. 17): " + missing.size(), missing);
        }
        ContractDto before = toDto(c);
        ContractCost.Estimate estimate = ContractCost.estimate(c.engagement, c.startDate, c.endDate, c.rate, terms.allowances(),
                grid.employerRateOn(c.startDate));
        c.status = ContractStatus.SIGNED;
        c.committedGross = estimate.committedGross();
        c.employerCostEstimate = estimate.employerCost();
        c.signedAt = Instant.now(clock);
        c.updatedAt = c.signedAt;
        c.flush();
        recordVersion(c, 0, ContractVersionKind.SIGNATURE, c.startDate, LocalDate.ofInstant(c.signedAt, PARIS), estimate, null);
        ContractDto after = toDto(c);
        outbox.publish(ContractEvents.SIGNED, productionId, new ContractEvents.Signed(c.id, productionId, c.personId,
                people.employeeNumber(c.personId).orElseThrow(), c.positionCode, c.agreement.name(), c.engagement.name(),
                c.startDate, c.endDate, c.budgetLineCode, money(c, estimate.committedGross()), money(c, estimate.allowances()),
                money(c, estimate.employerCost()), c.lowBudgetApplied, c.signedAt));
        audit.record("contract.sign", "contract", c.id, before, after);
        return after;
    }

    @Transactional
    public ContractDto cancel(UUID productionId, UUID contractId, Cancellation cancellation) {
        Contract c = find(productionId, contractId);
        if (c.status != ContractStatus.DRAFT && c.status != ContractStatus.SIGNED) {
            throw ProblemException.conflict("contract " + contractId + " is " + c.status + " and cannot be cancelled");
        }
        ContractDto before = toDto(c);
        ContractStatus previous = c.status;
        c.status = ContractStatus.CANCELLED;
        c.cancellationReason = cancellation.reason().strip();
        c.cancelledAt = Instant.now(clock);
        c.updatedAt = c.cancelledAt;
        c.flush();
        ContractDto after = toDto(c);
        Money released = previous == ContractStatus.SIGNED ? money(c, c.employerCostEstimate) : Money.zero(c.currency);
        outbox.publish(ContractEvents.CANCELLED, productionId, new ContractEvents.Cancelled(c.id, productionId, c.personId,
                c.budgetLineCode, previous.name(), released, c.cancellationReason, c.cancelledAt));
        audit.record("contract.cancel", "contract", c.id, before, after);
        return after;
    }

    @Transactional
    public ContractDto complete(UUID productionId, UUID contractId) {
        Contract c = find(productionId, contractId);
        requireStatus(c, ContractStatus.SIGNED, "only a signed contract can be completed");
        ContractDto before = toDto(c);
        c.status = ContractStatus.COMPLETED;
        c.updatedAt = Instant.now(clock);
        c.flush();
        ContractDto after = toDto(c);
        audit.record("contract.complete", "contract", c.id, before, after);
        return after;
    }

    /**
     * Records an amendment (avenant) of a signed contract under If-Match: a new version of its terms from
     * {@code effectiveFrom} (the rules of {@link Amendment}; a new rate is checked against the grid minimum in force on
     * that day), the contract's figures recomputed over all its versions, and crew.contract.amended with the new figures
     * and the change, in the same transaction.
     */
    @Transactional
    public ContractVersionDto amend(UUID productionId, UUID contractId, String ifMatch, NewAmendment request) {
        Contract c = find(productionId, contractId);
        Etags.requireMatch(ifMatch, c.version);
        requireStatus(c, ContractStatus.SIGNED, "only a signed contract is amended (a draft is changed with PATCH)");
        List<ContractVersion> versions = ContractVersion.list("contractId", Sort.by("number"), c.id);
        if (versions.isEmpty()) {
            throw new IllegalStateException("signed contract " + c.id + " has no version 0");
        }
        if (request.rate() != null && !Money.EUR.equals(request.rate().currency())) {
            throw ProblemException.badRequest("rate", "must be an amount in EUR");
        }
        if (request.allowances() != null) {
            checkAllowances(request.allowances());
        }
        ContractVersion latest = versions.get(versions.size() - 1);
        if (request.effectiveFrom().isBefore(latest.effectiveFrom)) {
            throw ProblemException.businessRule("effective-date-before-previous-version", "version " + latest.number
                    + " applies from " + latest.effectiveFrom + "; a later amendment cannot take effect before it",
                    List.of(new Problem.FieldError("effectiveFrom", "before " + latest.effectiveFrom)));
        }
        BigDecimal newRate = request.rate() == null ? c.rate : request.rate().amount();
        List<Allowance> currentAllowances = allowances(c);
        Amendment.Change change = new Amendment.Change(request.effectiveFrom(), request.signedOn(),
                request.rate() == null ? null : newRate, request.endDate(), request.allowances());
        Amendment.refusal(c.startDate, c.endDate, c.rate, currentAllowances, lastRecordedDay(c.id), change,
                LocalDate.now(clock.withZone(PARIS))).ifPresent(r -> {
                    throw r.malformed() ? ProblemException.badRequest(r.field(), r.detail())
                            : ProblemException.businessRule(r.type(), r.detail(), List.of(new Problem.FieldError(r.field(), r.detail())));
                });
        ContractDto before = toDto(c);
        if (newRate.compareTo(c.rate) != 0) {
            applyMinimum(c, newRate, request.effectiveFrom());
        }
        List<Allowance> newAllowances = request.allowances() == null ? currentAllowances : request.allowances();
        List<ContractCost.Terms> terms = new java.util.ArrayList<>(versions.stream().map(this::terms).toList());
        terms.add(new ContractCost.Terms(request.effectiveFrom(), newRate, newAllowances));
        LocalDate previousEnd = c.endDate;
        BigDecimal previousRate = c.rate;
        BigDecimal previousGross = c.committedGross;
        BigDecimal previousCost = c.employerCostEstimate;
        c.endDate = request.endDate() == null ? c.endDate : request.endDate();
        ContractCost.Estimate estimate = ContractCost.estimate(c.engagement, c.startDate, c.endDate, terms,
                grid.employerRateOn(c.startDate));
        c.rate = newRate;
        c.allowances = write(newAllowances);
        c.committedGross = estimate.committedGross();
        c.employerCostEstimate = estimate.employerCost();
        c.amendmentNumber = latest.number + 1;
        c.updatedAt = Instant.now(clock);
        c.flush();
        ContractVersion version = recordVersion(c, c.amendmentNumber, ContractVersionKind.AMENDMENT, request.effectiveFrom(),
                request.signedOn(), estimate, request.reason().strip());
        ContractDto after = toDto(c);
        outbox.publish(ContractEvents.AMENDED, productionId, new ContractEvents.Amended(c.id, productionId, c.personId,
                people.employeeNumber(c.personId).orElseThrow(), c.amendmentNumber, request.effectiveFrom(), request.signedOn(),
                c.budgetLineCode, c.startDate, c.endDate, previousEnd, money(c, c.rate), money(c, previousRate),
                money(c, c.committedGross), money(c, estimate.allowances()), money(c, c.employerCostEstimate),
                money(c, previousGross), money(c, previousCost), money(c, c.committedGross.subtract(previousGross)),
                money(c, c.employerCostEstimate.subtract(previousCost)), c.lowBudgetApplied, version.reason, c.updatedAt));
        audit.record("contract.amend", "contract", c.id, before, after);
        return toDto(version);
    }

    /** The versions of a contract's terms, oldest first (none for a draft). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public ContractVersionPage versions(UUID productionId, UUID contractId, PageRequest page) {
        Contract c = find(productionId, contractId);
        var found = ContractVersion.<ContractVersion> find("contractId", Sort.by("number"), c.id).page(page.page, page.size);
        long total = found.count();
        return new ContractVersionPage(found.list().stream().map(this::toDto).toList(), page.page, page.size, total,
                page.totalPages(total), page.nextPage(total));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<ContractVersionDto> version(UUID productionId, UUID contractId, int number) {
        Contract c = find(productionId, contractId);
        return ContractVersion.<ContractVersion> find("contractId = ?1 and number = ?2", c.id, number).firstResultOptional()
                .map(this::toDto);
    }

    /**
     * The rate of the contract for the pay week or day starting on {@code day}: that of the version in force on that day
     * (the first version before the start), the contract's own while it is a draft.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public BigDecimal rateOn(Contract c, LocalDate day) {
        List<ContractCost.Terms> terms = ContractVersion.<ContractVersion> list("contractId", Sort.by("number"), c.id).stream()
                .map(this::terms).toList();
        return terms.isEmpty() ? c.rate : ContractCost.inForce(terms, day).rate();
    }

    /** The versions' terms of every signed contract of a production, oldest first, in one query (payroll inputs). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<UUID, List<ContractCost.Terms>> termsOf(UUID productionId) {
        Map<UUID, List<ContractCost.Terms>> byContract = new HashMap<>();
        ContractVersion.<ContractVersion> list("contractId in (select c.id from Contract c where c.productionId = ?1)",
                Sort.by("contractId").and("number"), productionId)
                .forEach(v -> byContract.computeIfAbsent(v.contractId, id -> new java.util.ArrayList<>()).add(terms(v)));
        return byContract;
    }

    private ContractVersion recordVersion(Contract c, int number, ContractVersionKind kind, LocalDate effectiveFrom,
            LocalDate signedOn, ContractCost.Estimate estimate, String reason) {
        ContractVersion v = new ContractVersion();
        v.id = UUID.randomUUID();
        v.contractId = c.id;
        v.number = number;
        v.kind = kind;
        v.effectiveFrom = effectiveFrom;
        v.signedOn = signedOn;
        v.rate = c.rate;
        v.endDate = c.endDate;
        v.allowances = c.allowances;
        v.committedGross = estimate.committedGross();
        v.allowancesEstimate = estimate.allowances();
        v.employerCostEstimate = estimate.employerCost();
        v.reason = reason;
        v.recordedBy = audit.actor();
        v.recordedAt = Instant.now(clock);
        v.persist();
        return v;
    }

    /** The last day with hours recorded on the contract (timesheets submitted or approved), if any. */
    private LocalDate lastRecordedDay(UUID contractId) {
        Object last = Contract.getEntityManager().createNativeQuery("""
                select max(d.work_date) from timesheet_day d join timesheet t on t.id = d.timesheet_id where t.contract_id = ?1""")
                .setParameter(1, contractId).getSingleResult();
        return last == null ? null : last instanceof java.sql.Date date ? date.toLocalDate() : (LocalDate) last;
    }

    private ContractCost.Terms terms(ContractVersion v) {
        return new ContractCost.Terms(v.effectiveFrom, v.rate, read(v.allowances, v.contractId));
    }

    private ContractVersionDto toDto(ContractVersion v) {
        String currency = Money.EUR;
        return new ContractVersionDto(v.contractId, v.number, v.kind, v.effectiveFrom, v.signedOn, new Money(v.rate, currency),
                v.endDate, read(v.allowances, v.contractId), new Money(v.committedGross, currency),
                v.allowancesEstimate == null ? null : new Money(v.allowancesEstimate, currency),
                new Money(v.employerCostEstimate, currency), v.reason, v.recordedBy, v.recordedAt);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<ContractDto> get(UUID productionId, UUID contractId) {
        return Contract.<Contract> find("id = ?1 and productionId = ?2", contractId, productionId).firstResultOptional()
                .map(this::toDto);
    }

    /** The fields the list sorts by ({@code ?sort=}), by their name on the wire. */
    public static final Sorting SORTS = Sorting.of(Map.of("startDate", "startDate", "endDate", "endDate", "status", "status",
            "positionCode", "positionCode", "createdAt", "createdAt"));

    @Transactional(Transactional.TxType.SUPPORTS)
    public ContractPage list(UUID productionId, ContractStatus status, UUID personId, String sort, PageRequest page) {
        StringBuilder q = new StringBuilder("productionId = :production");
        Map<String, Object> params = new HashMap<>();
        params.put("production", productionId);
        if (status != null) {
            q.append(" and status = :status");
            params.put("status", status);
        }
        if (personId != null) {
            q.append(" and personId = :person");
            params.put("person", personId);
        }
        var found = Contract.<Contract> find(q.toString(), SORTS.panache(sort, "startDate"), params).page(page.page, page.size);
        long total = found.count();
        return new ContractPage(found.list().stream().map(this::toDto).toList(), page.page, page.size, total,
                page.totalPages(total), page.nextPage(total));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public PayrollRegimeDto regime(UUID productionId) {
        requireProduction(productionId);
        return PayrollRegime.<PayrollRegime> findByIdOptional(productionId)
                .map(r -> new PayrollRegimeDto(r.lowBudgetAnnexe3, r.decisionReference, r.recordedBy, r.recordedAt))
                .orElse(new PayrollRegimeDto(false, null, null, null));
    }

    @Transactional
    public PayrollRegimeDto recordRegime(UUID productionId, PayrollRegimeDto request) {
        requireProduction(productionId);
        PayrollRegime r = PayrollRegime.findById(productionId);
        PayrollRegimeDto before = r == null ? null : new PayrollRegimeDto(r.lowBudgetAnnexe3, r.decisionReference, r.recordedBy,
                r.recordedAt);
        if (r == null) {
            r = new PayrollRegime();
            r.productionId = productionId;
        }
        r.lowBudgetAnnexe3 = request.lowBudgetAnnexe3();
        r.decisionReference = request.decisionReference();
        r.recordedBy = audit.actor();
        r.recordedAt = Instant.now(clock);
        r.persist();
        PayrollRegimeDto after = new PayrollRegimeDto(r.lowBudgetAnnexe3, r.decisionReference, r.recordedBy, r.recordedAt);
        audit.record("production.payroll-regime", "production", productionId, before, after);
        return after;
    }

    /** Every contract of a production by id, for the payroll inputs. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<UUID, ContractDto> allOf(UUID productionId) {
        Map<UUID, ContractDto> all = new HashMap<>();
        Contract.<Contract> list("productionId", productionId).forEach(c -> all.put(c.id, toDto(c)));
        return all;
    }

    /** The contract as other features of crew-service need it (timesheets, DPAE, payroll). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Contract require(UUID productionId, UUID contractId) {
        return find(productionId, contractId);
    }

    /**
     * Records the grid minimum in force on {@code on} for the contract's position and refuses a rate below it (422), unless
     * the production is under the cinema low-budget regime (annexe III), which is then recorded on the contract.
     */
    private void applyMinimum(Contract c, BigDecimal rate, LocalDate on) {
        Optional<BigDecimal> minimum = grid.minimumOn(c.positionCode, c.engagement, c.weeklyHours, on);
        if (minimum.isPresent() && rate.compareTo(minimum.get()) < 0) {
            boolean lowBudget = c.agreement == fr.bobine.crew.grid.Agreement.IDCC_3097
                    && PayrollRegime.<PayrollRegime> findByIdOptional(c.productionId).map(r -> r.lowBudgetAnnexe3).orElse(false);
            if (!lowBudget) {
                throw ProblemException.businessRule("below-minimum-salary", "the rate " + rate.toPlainString()
                        + " is below the minimum " + minimum.get().toPlainString() + " in force on " + on + " for "
                        + c.positionCode, List.of(new Problem.FieldError("rate", "below the minimum " + minimum.get().toPlainString())));
            }
            c.lowBudgetApplied = true;
        }
        c.minimumInForce = minimum.orElse(null);
    }

    private void checkShape(NewContract r) {
        if (r.engagement() == Engagement.WEEKLY && (r.weeklyHours() == null || (r.weeklyHours() != 35 && r.weeklyHours() != 39))) {
            throw ProblemException.badRequest("weeklyHours", "a weekly engagement is for 35 or 39 hours");
        }
        if (r.engagement() == Engagement.DAILY && r.weeklyHours() != null) {
            throw ProblemException.badRequest("weeklyHours", "a daily engagement has no weekly hours");
        }
        if (r.endDate() != null && r.endDate().isBefore(r.startDate())) {
            throw ProblemException.badRequest("endDate", "must not be before startDate");
        }
        if (!Money.EUR.equals(r.rate().currency()) || r.rate().signum() <= 0) {
            throw ProblemException.badRequest("rate", "must be a positive amount in EUR");
        }
        if (r.allowances() != null) {
            checkAllowances(r.allowances());
        }
    }

    private static void checkAllowances(List<Allowance> allowances) {
        for (int i = 0; i < allowances.size(); i++) {
            Money amount = allowances.get(i).amount();
            if (!Money.EUR.equals(amount.currency()) || amount.signum() < 0) {
                throw ProblemException.badRequest("allowances[" + i + "].amount", "must be a non-negative amount in EUR");
            }
        }
    }

    private Contract find(UUID productionId, UUID contractId) {
        return Contract.<Contract> find("id = ?1 and productionId = ?2", contractId, productionId).firstResultOptional()
                .orElseThrow(() -> ProblemException.notFound("contract", contractId));
    }

    private static void requireProduction(UUID productionId) {
        if (ProductionCopy.findById(productionId) == null) {
            throw ProblemException.notFound("production", productionId);
        }
    }

    private static void requireStatus(Contract c, ContractStatus expected, String detail) {
        if (c.status != expected) {
            throw ProblemException.conflict(detail + "; contract " + c.id + " is " + c.status);
        }
    }

    List<Allowance> allowances(Contract c) {
        return read(c.allowances, c.id);
    }

    private List<Allowance> read(String json, UUID contractId) {
        try {
            return mapper.readValue(json, new TypeReference<List<Allowance>>() {
            });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("allowances of contract " + contractId + " cannot be read", e);
        }
    }

    private String write(List<Allowance> allowances) {
        try {
            return mapper.writeValueAsString(allowances);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Money money(Contract c, BigDecimal amount) {
        return amount == null ? null : new Money(amount, c.currency);
    }

    ContractDto toDto(Contract c) {
        return new ContractDto(c.id, c.productionId, c.personId, c.positionCode, c.agreement, c.engagement, c.weeklyHours,
                c.startDate, c.firstHour, c.endDate, money(c, c.rate), c.location, c.budgetLineCode, allowances(c), c.status,
                money(c, c.minimumInForce), c.lowBudgetApplied, money(c, c.committedGross), money(c, c.employerCostEstimate),
                c.cancellationReason, c.amendmentNumber, c.version, c.createdAt, c.signedAt);
    }
}
