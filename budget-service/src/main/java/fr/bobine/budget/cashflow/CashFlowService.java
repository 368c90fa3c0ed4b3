package fr.bobine.budget.cashflow;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.IsoFields;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import fr.bobine.budget.production.Production;
import fr.bobine.budget.production.ProductionLocks;
import fr.bobine.platform.audit.AuditTrail;
import fr.bobine.platform.events.CloudEvent;
import fr.bobine.platform.money.DecimalString;
import fr.bobine.platform.money.Money;
import fr.bobine.platform.outbox.Outbox;
import fr.bobine.platform.problem.ProblemException;

/** The cash-flow plan of a production, its settings, and the shortfall check that tells the other services. */
@ApplicationScoped
public class CashFlowService {

    public static final String SHORTFALL_FORECAST = "budget.cash.shortfall.forecast";
    /** The default span of a plan from its opening week, and the longest span one may ask for. */
    static final int DEFAULT_WEEKS = 104;
    static final int MAX_WEEKS = 156;
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    @Inject
    CashFlowSources sources;

    @Inject
    Outbox outbox;

    @Inject
    AuditTrail audit;

    Clock clock = Clock.systemUTC();

    @Transactional(Transactional.TxType.SUPPORTS)
    public CashFlowPlanDto plan(UUID productionId, LocalDate from, LocalDate to) {
        requireProduction(productionId);
        if (from != null && to != null && to.isBefore(from)) {
            throw ProblemException.badRequest("to", "must not be before from");
        }
        CashFlowCalculator.Plan plan = compute(productionId, from, to);
        return toDto(productionId, plan);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public CashFlowSettingsDto settings(UUID productionId) {
        requireProduction(productionId);
        CashFlowSettings s = CashFlowSettings.findById(productionId);
        return s == null ? defaults() : toDto(s);
    }

    @Transactional
    public CashFlowSettingsDto putSettings(UUID productionId, CashFlowSettingsInput input) {
        requireProduction(productionId);
        if (!Money.EUR.equals(input.openingBalance().currency())) {
            throw ProblemException.badRequest("openingBalance", "the cash-flow plan is in EUR");
        }
        if (!Money.EUR.equals(input.threshold().currency())) {
            throw ProblemException.badRequest("threshold", "the cash-flow plan is in EUR");
        }
        CashFlowSettings s = CashFlowSettings.findById(productionId);
        CashFlowSettingsDto before = s == null ? null : toDto(s);
        if (s == null) {
            s = new CashFlowSettings();
            s.productionId = productionId;
        }
        s.openingBalance = input.openingBalance().amount().setScale(2);
        s.openingDate = input.openingDate();
        s.threshold = input.threshold().amount().setScale(2);
        s.vatRate = input.vatRate();
        s.salaryDaysAfterWeek = input.salaryDaysAfterWeek();
        s.contributionsDay = input.contributionsDay();
        s.contributionsMonthsLater = input.contributionsMonthsLater();
        s.statementPaymentDays = input.statementPaymentDays();
        s.updatedAt = Instant.now(clock);
        s.persist();
        CashFlowSettings.flush();
        CashFlowSettingsDto after = toDto(s);
        audit.record("cash-flow.settings.set", "cash_flow_settings", productionId, before, after);
        return after;
    }

    /**
     * Recomputes the whole plan and publishes {@code budget.cash.shortfall.forecast} when its shortfall picture (the
     * weeks below the threshold with their closing balances, and the threshold) differs from the last one published.
     * When the weeks below the threshold are gone after a publication, one event with {@code resolved = true} and no
     * week says so; a plan that never went below the threshold publishes nothing.
     */
    @Transactional
    public CashFlowCheckDto check(UUID productionId) {
        requireProduction(productionId);
        // Replicas run the scheduled check at the same time: one check per production at a time, so a change is
        // published once and the last publication is read after the other replica wrote it.
        ProductionLocks.lock("cash-flow-check", productionId);
        CashFlowCalculator.Plan plan = compute(productionId, null, null);
        CashFlowCalculator.Shortfall shortfall = plan.shortfall();
        Instant now = Instant.now(clock);
        String fingerprint = fingerprint(plan.threshold(), shortfall);
        ShortfallPublication last = ShortfallPublication.findById(productionId);
        boolean resolved = !shortfall.any();
        boolean publish = shortfall.any() ? last == null || !last.fingerprint.equals(fingerprint)
                : last != null && !last.resolved;
        UUID eventId = null;
        if (publish) {
            CloudEvent event = outbox.publish(SHORTFALL_FORECAST, productionId, eventData(productionId, plan, now, resolved));
            eventId = UUID.fromString(event.id());
            if (last == null) {
                last = new ShortfallPublication();
                last.productionId = productionId;
            }
            last.fingerprint = fingerprint;
            last.resolved = resolved;
            last.eventId = eventId;
            last.publishedAt = now;
            last.persist();
        }
        return new CashFlowCheckDto(productionId, now, new Money(plan.threshold(), Money.EUR), CashShortfallDto.of(shortfall),
                publish, publish && resolved, eventId);
    }

    /** The productions the scheduled check looks at: those with anything that moves cash. */
    @Transactional(Transactional.TxType.SUPPORTS)
    @SuppressWarnings("unchecked")
    public List<UUID> productionsWithCashMovements() {
        return ((List<Object>) Production.getEntityManager().createNativeQuery("""
                select id from production p where exists (select 1 from financing_source s where s.production_id = p.id)
                   or exists (select 1 from purchase_order o where o.production_id = p.id)
                   or exists (select 1 from crew_contract c where c.production_id = p.id)
                   or exists (select 1 from rights_statement_due r where r.production_id = p.id)
                   or exists (select 1 from cash_shortfall_publication x where x.production_id = p.id)
                order by id""").getResultList()).stream().map(o -> o instanceof UUID u ? u : UUID.fromString(o.toString()))
                .toList();
    }

    private CashFlowCalculator.Plan compute(UUID productionId, LocalDate from, LocalDate to) {
        CashFlowSettings s = CashFlowSettings.findById(productionId);
        PaymentTerms terms = s == null ? PaymentTerms.DEFAULTS : s.terms();
        LocalDate today = LocalDate.now(clock.withZone(PARIS));
        // without a set opening date, the payroll of open contracts is spread from today's week
        List<CashFlowCalculator.Item> items = sources.items(productionId, terms, s != null && s.openingDate != null
                ? s.openingDate : today);
        LocalDate openingDate = s != null && s.openingDate != null ? s.openingDate
                : items.stream().map(CashFlowCalculator.Item::date).filter(d -> d != null).min(LocalDate::compareTo)
                        .orElse(today);
        BigDecimal opening = s == null ? BigDecimal.ZERO.setScale(2) : s.openingBalance;
        BigDecimal threshold = s == null ? BigDecimal.ZERO.setScale(2) : s.threshold;
        LocalDate first = CashFlowCalculator.weekOf(openingDate);
        LocalDate shownFrom = from == null || CashFlowCalculator.weekOf(from).isBefore(first) ? first
                : CashFlowCalculator.weekOf(from);
        LocalDate last = to != null ? CashFlowCalculator.weekOf(to) : CashFlowCalculator.lastWeek(openingDate, items);
        if (to == null && last.isAfter(shownFrom.plusWeeks(DEFAULT_WEEKS - 1))) {
            last = shownFrom.plusWeeks(DEFAULT_WEEKS - 1);
        }
        if (ChronoUnit.WEEKS.between(shownFrom, last) >= MAX_WEEKS) {
            throw ProblemException.badRequest("to", "a plan shows at most " + MAX_WEEKS + " weeks");
        }
        return CashFlowCalculator.compute(openingDate, opening, threshold, items, shownFrom, last);
    }

    private static String fingerprint(BigDecimal threshold, CashFlowCalculator.Shortfall shortfall) {
        StringBuilder f = new StringBuilder(threshold.toPlainString());
        for (CashFlowCalculator.ShortfallWeek w : shortfall.weeks()) {
            f.append('|').append(w.weekStart()).append('=').append(w.closing().toPlainString());
        }
        return f.toString();
    }

    private static Map<String, Object> eventData(UUID productionId, CashFlowCalculator.Plan plan, Instant now,
            boolean resolved) {
        CashFlowCalculator.Shortfall s = plan.shortfall();
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("productionId", productionId.toString());
        data.put("resolved", resolved);
        data.put("firstShortfallWeek", s.firstWeek() == null ? null : s.firstWeek().toString());
        data.put("lowestBalance", resolved || s.lowestBalance() == null ? null : s.lowestBalance().toPlainString());
        data.put("lowestBalanceWeek", resolved || s.lowestWeek() == null ? null : s.lowestWeek().toString());
        List<Map<String, String>> weeks = new ArrayList<>();
        for (CashFlowCalculator.ShortfallWeek w : s.weeks()) {
            Map<String, String> week = new LinkedHashMap<>();
            week.put("weekStart", w.weekStart().toString());
            week.put("closingBalance", w.closing().toPlainString());
            weeks.add(week);
        }
        data.put("weeks", weeks);
        data.put("threshold", plan.threshold().toPlainString());
        data.put("currency", Money.EUR);
        data.put("computedAt", now.toString());
        return data;
    }

    private static CashFlowPlanDto toDto(UUID productionId, CashFlowCalculator.Plan p) {
        List<CashFlowWeekDto> weeks = p.weeks().stream().map(w -> new CashFlowWeekDto(w.weekStart(),
                isoWeek(w.weekStart()), eur(w.opening()), amounts(w.moneyIn()), amounts(w.moneyOut()),
                eur(w.totalIn()), eur(w.totalOut()), eur(w.net()), eur(w.closing()), w.shortfall(),
                eur(w.notYetConfirmedIn()), w.items().stream().map(i -> CashFlowItemDto.of(i.item(), i.overdue())).toList()))
                .toList();
        return new CashFlowPlanDto(productionId, Money.EUR, p.openingDate(), eur(p.openingBalance()), eur(p.threshold()),
                p.from(), p.to(), weeks, p.undated().stream().map(i -> CashFlowItemDto.of(i, false)).toList(),
                CashShortfallDto.of(p.shortfall()));
    }

    static String isoWeek(LocalDate monday) {
        return "%d-W%02d".formatted(monday.get(IsoFields.WEEK_BASED_YEAR), monday.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    private static List<CashFlowCategoryAmountDto> amounts(Map<CashCategory, BigDecimal> m) {
        return m.entrySet().stream().map(e -> new CashFlowCategoryAmountDto(e.getKey(), eur(e.getValue()))).toList();
    }

    private static CashFlowSettingsDto defaults() {
        PaymentTerms t = PaymentTerms.DEFAULTS;
        return new CashFlowSettingsDto(eur(BigDecimal.ZERO.setScale(2)), null, eur(BigDecimal.ZERO.setScale(2)),
                DecimalString.rate(t.vatRate()), t.salaryDaysAfterWeek(), t.contributionsDay(),
                t.contributionsMonthsLater(), t.statementPaymentDays(), true, 0);
    }

    private static CashFlowSettingsDto toDto(CashFlowSettings s) {
        return new CashFlowSettingsDto(eur(s.openingBalance), s.openingDate, eur(s.threshold),
                DecimalString.rate(s.vatRate), s.salaryDaysAfterWeek, s.contributionsDay,
                s.contributionsMonthsLater, s.statementPaymentDays, false, s.version);
    }

    private static Money eur(BigDecimal amount) {
        return new Money(amount, Money.EUR);
    }

    private static void requireProduction(UUID productionId) {
        if (Production.findById(productionId) == null) {
            throw ProblemException.notFound("production", productionId);
        }
    }
}
