package fr.bobine.budget.financing;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import fr.bobine.budget.devis.DevisService;
import fr.bobine.budget.production.Production;
import fr.bobine.platform.audit.AuditTrail;
import fr.bobine.platform.http.Etags;
import fr.bobine.platform.money.DecimalString;
import fr.bobine.platform.money.Money;
import fr.bobine.platform.outbox.Outbox;
import fr.bobine.platform.problem.Problem;
import fr.bobine.platform.problem.ProblemException;
import io.quarkus.panache.common.Sort;

/** The financing plan of a production, measured against its locked budget version. */
@ApplicationScoped
public class FinancingService {

    public static final String CONFIRMED = "budget.financing.confirmed";

    @Inject
    Outbox outbox;

    @Inject
    AuditTrail audit;

    @Inject
    DevisService devis;

    Clock clock = Clock.systemUTC();

    @Transactional(Transactional.TxType.SUPPORTS)
    public FinancingPlanDto plan(UUID productionId) {
        requireProduction(productionId);
        FinancingPlan settings = FinancingPlan.<FinancingPlan> findByIdOptional(productionId).orElseGet(() -> {
            FinancingPlan p = new FinancingPlan();
            p.productionId = productionId;
            return p;
        });
        List<FinancingSourceDto> sources = FinancingSource.<FinancingSource> list("productionId",
                Sort.by("createdAt").and("id"), productionId).stream().map(FinancingService::toDto).toList();
        Optional<DevisService.LockedBudget> locked = devis.latestLocked(productionId);
        LocalDate today = LocalDate.now(clock);
        Optional<TaxCreditRate> rate = TaxCreditRate.<TaxCreditRate> find(
                "scheme = ?1 and validFrom <= ?2 and (validTo is null or validTo >= ?2)", Sort.descending("validFrom"),
                settings.taxCreditScheme, today).firstResultOptional();
        FinancingPlanCalculator.Result r = FinancingPlanCalculator.compute(
                sources.stream().map(s -> new FinancingPlanCalculator.Source(s.kind(), s.status(), s.publicAid(),
                        s.amount().amount())).toList(),
                locked.map(DevisService.LockedBudget::total).orElse(null),
                locked.map(DevisService.LockedBudget::taxCreditEligibleSpend).orElse(null),
                rate.map(t -> t.rate).orElse(null), rate.map(t -> t.cap).orElse(null), settings.difficultOrLowBudget);
        List<FinancingWarning> warnings = new ArrayList<>(r.warnings().stream()
                .map(w -> new FinancingWarning(w.code(), w.message())).toList());
        if (rate.isEmpty()) {
            warnings.add(new FinancingWarning("no-tax-credit-rate", "no " + settings.taxCreditScheme + " rate is in force on " + today));
        }
        TaxCreditEstimate estimate = r.taxCreditEstimate() == null ? null
                : new TaxCreditEstimate(settings.taxCreditScheme, eur(locked.get().taxCreditEligibleSpend()),
                        DecimalString.rate(rate.get().rate), rate.get().cap == null ? null : eur(rate.get().cap), eur(r.taxCreditEstimate()));
        return new FinancingPlanDto(productionId, settings.difficultOrLowBudget, settings.taxCreditScheme, sources,
                eur(r.total()), eur(r.byStatus().get(FinancingStatus.PLANNED)), eur(r.byStatus().get(FinancingStatus.REQUESTED)),
                eur(r.byStatus().get(FinancingStatus.CONFIRMED)), eur(r.byStatus().get(FinancingStatus.RECEIVED)),
                locked.map(DevisService.LockedBudget::versionId).orElse(null),
                r.budgetTotal() == null ? null : eur(r.budgetTotal()), r.gap() == null ? null : eur(r.gap()), eur(r.publicAid()),
                r.publicAidShare() == null ? null : r.publicAidShare().toPlainString(), r.publicAidCeiling().toPlainString(),
                estimate, warnings, settings.version);
    }

    @Transactional
    public FinancingPlanDto putSettings(UUID productionId, String ifMatch, FinancingPlanSettings input) {
        requireProduction(productionId);
        FinancingPlan settings = FinancingPlan.findById(productionId);
        if (settings == null) {
            settings = new FinancingPlan();
            settings.productionId = productionId;
            settings.persist();
        } else if (ifMatch != null && !ifMatch.isBlank()) {
            Etags.requireMatch(ifMatch, settings.version);
        }
        boolean before = settings.difficultOrLowBudget;
        TaxCreditScheme schemeBefore = settings.taxCreditScheme;
        settings.difficultOrLowBudget = input.difficultOrLowBudget();
        settings.taxCreditScheme = input.taxCreditScheme();
        FinancingPlan.flush();
        audit.record("financing.settings", "financing_plan", productionId,
                java.util.Map.of("difficultOrLowBudget", before, "taxCreditScheme", schemeBefore), input);
        return plan(productionId);
    }

    @Transactional
    public FinancingSourceDto add(UUID productionId, FinancingSourceInput input) {
        return add(productionId, UUID.randomUUID(), input);
    }

    /**
     * A source that another service's contract already confirms (a distributor's minimum guarantee): recorded once
     * under {@code sourceId}, derived from the contract, and confirmed at once. Returns false when it was there.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean addConfirmedOnce(UUID productionId, UUID sourceId, FinancingSourceInput input) {
        if (FinancingSource.findById(sourceId) != null) {
            return false;
        }
        add(productionId, sourceId, input);
        confirm(productionId, sourceId, null);
        return true;
    }

    /**
     * The contract behind a source was amended: its amount and schedule become the amended ones, its status stays; the
     * change is audited. Runs in the transaction of the event that brought the amendment.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public FinancingSourceDto replaceFromContract(UUID productionId, UUID sourceId, FinancingSourceInput input) {
        FinancingSource source = source(productionId, sourceId);
        FinancingSourceDto before = toDto(source);
        apply(source, input);
        FinancingInstalment.delete("sourceId", source.id);
        FinancingInstalment.flush();
        writeInstalments(source, input.instalments());
        FinancingSource.flush();
        FinancingSourceDto after = toDto(source);
        audit.record("financing.source.amend", "financing_source", source.id, before, after);
        return after;
    }

    private FinancingSourceDto add(UUID productionId, UUID sourceId, FinancingSourceInput input) {
        requireProduction(productionId);
        FinancingSource source = new FinancingSource();
        source.id = sourceId;
        source.productionId = productionId;
        source.createdAt = Instant.now(clock);
        source.status = FinancingStatus.PLANNED;
        apply(source, input);
        source.persist();
        writeInstalments(source, input.instalments());
        FinancingSource.flush();
        FinancingSourceDto dto = toDto(source);
        audit.record("financing.source.create", "financing_source", source.id, null, dto);
        return dto;
    }

    @Transactional
    public FinancingSourceDto update(UUID productionId, UUID sourceId, String ifMatch, FinancingSourceInput input) {
        FinancingSource source = source(productionId, sourceId);
        Etags.requireMatch(ifMatch, source.version);
        FinancingSourceDto before = toDto(source);
        apply(source, input);
        FinancingInstalment.delete("sourceId", source.id);
        FinancingInstalment.flush();
        writeInstalments(source, input.instalments());
        FinancingSource.flush();
        FinancingSourceDto after = toDto(source);
        audit.record("financing.source.update", "financing_source", source.id, before, after);
        return after;
    }

    @Transactional
    public void delete(UUID productionId, UUID sourceId) {
        FinancingSource source = source(productionId, sourceId);
        audit.record("financing.source.delete", "financing_source", source.id, toDto(source), null);
        FinancingInstalment.delete("sourceId", source.id);
        source.delete();
    }

    /** The financier has signed: the source counts as confirmed and budget.financing.confirmed is published. */
    @Transactional
    public FinancingSourceDto confirm(UUID productionId, UUID sourceId, String ifMatch) {
        FinancingSource source = source(productionId, sourceId);
        if (ifMatch != null && !ifMatch.isBlank()) {
            Etags.requireMatch(ifMatch, source.version);
        }
        if (source.status == FinancingStatus.CONFIRMED || source.status == FinancingStatus.RECEIVED) {
            throw ProblemException.conflict("financing source " + sourceId + " is already " + source.status);
        }
        FinancingSourceDto before = toDto(source);
        source.status = FinancingStatus.CONFIRMED;
        source.confirmedAt = Instant.now(clock);
        FinancingSource.flush();
        outbox.publish(CONFIRMED, productionId, new FinancingConfirmed(productionId, source.id, source.kind, source.financier,
                source.amount.toPlainString(), source.currency, source.publicAid, source.confirmedAt));
        FinancingSourceDto after = toDto(source);
        audit.record("financing.source.confirm", "financing_source", source.id, before, after);
        return after;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public TaxCreditRateList rates(TaxCreditScheme scheme) {
        return new TaxCreditRateList(TaxCreditRate.<TaxCreditRate> list("order by scheme, validFrom").stream()
                .filter(r -> scheme == null || r.scheme == scheme).map(TaxCreditRate::toDto).toList());
    }

    @Transactional
    public TaxCreditRateDto addRate(TaxCreditRateInput input) {
        if (input.validTo() != null && input.validTo().isBefore(input.validFrom())) {
            throw ProblemException.badRequest("validTo", "must not be before validFrom");
        }
        if (input.cap() != null && !Money.EUR.equals(input.cap().currency())) {
            throw ProblemException.badRequest("cap", "must be in EUR");
        }
        LocalDate end = input.validTo() == null ? LocalDate.MAX : input.validTo();
        for (TaxCreditRate other : TaxCreditRate.<TaxCreditRate> list("scheme", input.scheme())) {
            LocalDate otherEnd = other.validTo == null ? LocalDate.MAX : other.validTo;
            if (!other.validFrom.isAfter(end) && !input.validFrom().isAfter(otherEnd)) {
                throw ProblemException.conflict("the " + input.scheme() + " rate from " + other.validFrom
                        + " overlaps this period; close it first");
            }
        }
        DecimalString.requireRateScale("rate", input.rate());
        TaxCreditRate rate = new TaxCreditRate();
        rate.id = UUID.randomUUID();
        rate.scheme = input.scheme();
        rate.rate = input.rate();
        rate.cap = input.cap() == null ? null : input.cap().amount();
        rate.validFrom = input.validFrom();
        rate.validTo = input.validTo();
        rate.source = input.source();
        rate.persist();
        TaxCreditRate.flush();
        audit.record("tax-credit-rate.create", "tax_credit_rate", rate.id, null, rate.toDto());
        return rate.toDto();
    }

    @Transactional
    public TaxCreditRateDto closeRate(UUID rateId, String ifMatch, LocalDate validTo) {
        TaxCreditRate rate = TaxCreditRate.<TaxCreditRate> findByIdOptional(rateId)
                .orElseThrow(() -> ProblemException.notFound("tax credit rate", rateId));
        Etags.requireMatch(ifMatch, rate.version);
        if (validTo.isBefore(rate.validFrom)) {
            throw ProblemException.badRequest("validTo", "must not be before validFrom " + rate.validFrom);
        }
        TaxCreditRateDto before = rate.toDto();
        rate.validTo = validTo;
        TaxCreditRate.flush();
        audit.record("tax-credit-rate.close", "tax_credit_rate", rate.id, before, rate.toDto());
        return rate.toDto();
    }

    private void apply(FinancingSource source, FinancingSourceInput input) {
        if (!Money.EUR.equals(input.amount().currency())) {
            throw ProblemException.badRequest("amount", "the financing plan is kept in EUR");
        }
        if (input.amount().signum() < 0) {
            throw ProblemException.badRequest("amount", "must not be negative");
        }
        FinancingStatus status = input.status() == null ? source.status : input.status();
        boolean becomesConfirmed = (status == FinancingStatus.CONFIRMED || status == FinancingStatus.RECEIVED)
                && source.status != FinancingStatus.CONFIRMED && source.status != FinancingStatus.RECEIVED;
        if (becomesConfirmed) {
            throw ProblemException.businessRule("confirm-through-confirmation",
                    "a source becomes confirmed through POST .../confirmation, which informs the other services",
                    List.of(new Problem.FieldError("status", "use the confirmation operation")));
        }
        if (input.instalments() != null && !input.instalments().isEmpty()) {
            BigDecimal sum = BigDecimal.ZERO;
            for (InstalmentInput i : input.instalments()) {
                if (!Money.EUR.equals(i.amount().currency())) {
                    throw ProblemException.badRequest("instalments", "instalments are in EUR");
                }
                sum = sum.add(i.amount().amount());
            }
            if (sum.compareTo(input.amount().amount()) != 0) {
                throw ProblemException.businessRule("instalments-do-not-add-up", "the instalments add up to "
                        + sum.toPlainString() + ", not the source's " + input.amount().amount().toPlainString(),
                        List.of(new Problem.FieldError("instalments", "must add up to the amount")));
            }
        }
        source.kind = input.kind();
        source.financier = input.financier().strip();
        source.amount = input.amount().amount();
        source.currency = input.amount().currency();
        source.status = status;
        source.publicAid = input.publicAid() == null ? input.kind().publicAid : input.publicAid();
        source.expectedDate = input.expectedDate();
        source.actualDate = input.actualDate();
        source.note = input.note();
    }

    private static void writeInstalments(FinancingSource source, List<InstalmentInput> instalments) {
        if (instalments == null) {
            return;
        }
        int position = 1;
        for (InstalmentInput i : instalments) {
            FinancingInstalment row = new FinancingInstalment();
            row.id = UUID.randomUUID();
            row.sourceId = source.id;
            row.position = position++;
            row.dueDate = i.dueDate();
            row.amount = i.amount().amount();
            row.receivedDate = i.receivedDate();
            row.persist();
        }
    }

    static FinancingSourceDto toDto(FinancingSource s) {
        List<InstalmentInput> instalments = FinancingInstalment.<FinancingInstalment> list("sourceId", Sort.by("position"), s.id)
                .stream().map(i -> new InstalmentInput(i.dueDate, new Money(i.amount, s.currency), i.receivedDate)).toList();
        return new FinancingSourceDto(s.id, s.productionId, s.kind, s.financier, new Money(s.amount, s.currency), s.status,
                s.publicAid, s.expectedDate, s.actualDate, s.note, instalments, s.createdAt, s.confirmedAt, s.version);
    }

    private static Money eur(BigDecimal amount) {
        return new Money(amount, Money.EUR);
    }

    private static FinancingSource source(UUID productionId, UUID sourceId) {
        FinancingSource source = FinancingSource.findById(sourceId);
        if (source == null || !source.productionId.equals(productionId)) {
            throw ProblemException.notFound("financing source", sourceId);
        }
        return source;
    }

    private static void requireProduction(UUID productionId) {
        if (Production.findById(productionId) == null) {
            throw ProblemException.notFound("production", productionId);
        }
    }
}
