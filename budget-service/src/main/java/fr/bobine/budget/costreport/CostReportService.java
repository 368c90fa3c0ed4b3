package fr.bobine.budget.costreport;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import fr.bobine.budget.labour.PlannedLabour;
import fr.bobine.budget.production.Production;
import fr.bobine.platform.audit.AuditTrail;
import fr.bobine.platform.money.Money;
import fr.bobine.platform.problem.ProblemException;

/** The cost report of a production: the locked budget's lines with what is committed and actual on each. */
@ApplicationScoped
public class CostReportService {

    static final String OFF_BUDGET = "HORS-DEVIS";

    @Inject
    LockedLines lockedLines;

    @Inject
    CostLedger ledger;

    @Inject
    PlannedLabour plannedLabour;

    @Inject
    AuditTrail audit;

    Clock clock = Clock.systemUTC();

    @Transactional(Transactional.TxType.SUPPORTS)
    public CostReportDto report(UUID productionId) {
        return report(productionId, null);
    }

    /**
     * The report as it stood on {@code asOf} (see {@link CostLedger#positions(UUID, LocalDate)} and
     * {@link LockedLines#at(UUID, LocalDate)}); null for everything booked so far. Estimates to complete have no history:
     * they are the current ones whatever the date (a snapshot keeps those of its week).
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public CostReportDto report(UUID productionId, LocalDate asOf) {
        Production production = requireProduction(productionId);
        LockedLines.Locked locked = lockedLines.at(productionId, asOf).orElseThrow(() -> ProblemException.businessRule(
                "no-locked-budget", asOf == null
                        ? "the production has no locked (approved) budget version to report costs against"
                        : "the production had no locked (approved) budget version on " + asOf));
        Map<String, CostLedger.Position> positions = ledger.positions(productionId, asOf);
        Map<String, BigDecimal> estimates = new HashMap<>();
        EstimateToComplete.<EstimateToComplete> list("productionId", productionId)
                .forEach(e -> estimates.put(e.lineKey, e.amount));
        Optional<PlannedLabour.Plan> plan = plannedLabour.of(productionId, asOf);
        Map<String, BigDecimal> planned = new HashMap<>();
        plan.ifPresent(p -> p.toComplete().forEach((lineage, amount) -> planned.put(lineage.toString(), amount)));
        List<CostReport.Line> lines = new ArrayList<>();
        Set<String> known = new HashSet<>();
        for (LockedLines.BudgetedLine b : locked.lines()) {
            known.add(b.key());
            CostLedger.Position p = positions.getOrDefault(b.key(), CostLedger.Position.NONE);
            lines.add(new CostReport.Line(b.key(), b.accountCode(), b.chapterCode(), b.label(), b.kind(), b.budget(),
                    p.committed(), p.actual(), estimates.get(b.key()), planned.get(b.key())));
        }
        positions.entrySet().stream().filter(e -> !known.contains(e.getKey())).sorted(Map.Entry.comparingByKey())
                .forEach(e -> lines.add(new CostReport.Line(e.getKey(), OFF_BUDGET, OFF_BUDGET,
                        "spend on a line outside the locked version", CostReport.Kind.COST, BigDecimal.ZERO.setScale(2),
                        e.getValue().committed(), e.getValue().actual(), estimates.get(e.getKey()), planned.get(e.getKey()))));
        CostReport.Result r = CostReport.compute(lines);
        String cur = locked.currency();
        return new CostReportDto(productionId, production.title, asOf, locked.budgetId(), locked.versionId(), locked.number(),
                locked.lockedAt(), cur,
                r.lines().stream().map(l -> new CostReportLineDto(l.line().key(), l.line().accountCode(),
                        l.line().chapterCode(), l.line().label(), l.line().kind(), l.etcEntered(), l.etcPlanned(),
                        CostFiguresDto.of(l.figures(), cur))).toList(),
                r.accounts().entrySet().stream().map(e -> new CostReportTotalDto(e.getKey(), CostFiguresDto.of(e.getValue(), cur)))
                        .toList(),
                r.chapters().entrySet().stream().map(e -> new CostReportTotalDto(e.getKey(), CostFiguresDto.of(e.getValue(), cur)))
                        .toList(),
                CostFiguresDto.of(r.total(), cur), new Money(r.costLinesVariance(), cur), plan.map(p -> labour(p, cur)).orElse(null));
    }

    /** Planned against actual gross, week by week; the weeks not approved yet are what the plan still expects. */
    static CostReportLabourDto labour(PlannedLabour.Plan plan, String currency) {
        BigDecimal zero = BigDecimal.ZERO.setScale(2);
        BigDecimal planned = zero;
        BigDecimal plannedDone = zero;
        BigDecimal actual = zero;
        List<CostReportLabourWeekDto> weeks = new ArrayList<>();
        for (PlannedLabour.Week w : plan.weeks()) {
            planned = planned.add(w.plannedGross());
            if (w.done()) {
                plannedDone = plannedDone.add(w.plannedGross());
                actual = actual.add(w.actualGross());
            }
            weeks.add(new CostReportLabourWeekDto(w.contractId(), w.employeeNumber(),
                    w.salaryLineage() == null ? null : w.salaryLineage().toString(), w.weekStart(),
                    w.hours().stripTrailingZeros().toPlainString(), w.cachets(), new Money(w.plannedGross(), currency),
                    w.done() ? new Money(w.actualGross(), currency) : null,
                    w.done() ? new Money(w.actualGross().subtract(w.plannedGross()), currency) : null));
        }
        return new CostReportLabourDto(plan.scheduleVersionId(), plan.versionNumber(), plan.publishedAt(), weeks,
                new Money(planned, currency), new Money(plannedDone, currency), new Money(actual, currency),
                new Money(planned.subtract(plannedDone), currency));
    }

    @Transactional
    public CostReportDto putEstimate(UUID productionId, String lineKey, EstimateInput input) {
        requireProduction(productionId);
        if (input.estimateToComplete().signum() < 0) {
            throw ProblemException.badRequest("estimateToComplete", "must not be negative");
        }
        LockedLines.Locked locked = lockedLines.of(productionId).orElseThrow(() -> ProblemException.businessRule(
                "no-locked-budget", "the production has no locked (approved) budget version"));
        if (!input.estimateToComplete().currency().equals(locked.currency())) {
            throw ProblemException.badRequest("estimateToComplete", "must be in the budget currency " + locked.currency());
        }
        if (locked.lines().stream().noneMatch(l -> l.key().equals(lineKey))) {
            throw ProblemException.notFound("cost report line", lineKey);
        }
        EstimateToComplete e = EstimateToComplete.findById(new EstimateToComplete.Key(productionId, lineKey));
        BigDecimal before = e == null ? null : e.amount;
        if (e == null) {
            e = new EstimateToComplete();
            e.productionId = productionId;
            e.lineKey = lineKey;
        }
        e.amount = input.estimateToComplete().amount();
        e.note = input.note();
        e.updatedAt = Instant.now(clock);
        e.persist();
        audit.record("estimate-to-complete.set", "estimate_to_complete", productionId + "/" + lineKey, before, e.amount);
        return report(productionId);
    }

    static Production requireProduction(UUID productionId) {
        Production production = Production.findById(productionId);
        if (production == null) {
            throw ProblemException.notFound("production", productionId);
        }
        return production;
    }
}
