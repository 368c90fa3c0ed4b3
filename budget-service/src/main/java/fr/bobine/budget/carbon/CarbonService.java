package fr.bobine.budget.carbon;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import fr.bobine.budget.costreport.CostLedger;
import fr.bobine.budget.costreport.CostReport;
import fr.bobine.budget.costreport.LockedLines;
import fr.bobine.budget.devis.Budget;
import fr.bobine.budget.devis.TemplateAccount;
import fr.bobine.budget.production.Production;
import fr.bobine.platform.audit.AuditTrail;
import fr.bobine.platform.http.Etags;
import fr.bobine.platform.problem.ProblemException;
import io.quarkus.panache.common.Sort;

/**
 * The carbon footprint of a production: emission factors and the devis-account mapping (company-wide reference data),
 * the activity data a production enters, and the two statements, computed on read so that a newly locked devis
 * version, a booked cost or a newer factor moves them at once.
 */
@ApplicationScoped
public class CarbonService {

    static final ZoneId BUSINESS_ZONE = ZoneId.of("Europe/Paris");
    static final String EUR = "EUR";

    @Inject
    LockedLines lockedLines;

    @Inject
    CostLedger ledger;

    @Inject
    AuditTrail audit;

    Clock clock = Clock.systemUTC();

    LocalDate today() {
        return LocalDate.now(clock.withZone(BUSINESS_ZONE));
    }

    // ---- reference data -------------------------------------------------------------------------------------------

    @Transactional(Transactional.TxType.SUPPORTS)
    public CarbonActivityList activities() {
        CarbonFootprint.Factors factors = factors();
        LocalDate today = today();
        Map<UUID, CarbonFactor> byId = new HashMap<>();
        CarbonFactor.<CarbonFactor> listAll().forEach(f -> byId.put(f.id, f));
        return new CarbonActivityList(CarbonActivity.<CarbonActivity> listAll(Sort.by("position")).stream()
                .map(a -> new CarbonActivityDto(a.code, a.category, a.unit, a.labelFr, a.labelEn,
                        factors.inForce(a.code, today).map(f -> CarbonFactorDto.of(byId.get(f.id()))).orElse(null)))
                .toList());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public CarbonFactorList factorList(String activityCode) {
        List<CarbonFactor> list = activityCode == null
                ? CarbonFactor.list("order by activityCode, validFrom desc")
                : CarbonFactor.list("activityCode = ?1 order by validFrom desc", activityCode);
        return new CarbonFactorList(list.stream().map(CarbonFactorDto::of).toList());
    }

    @Transactional
    public CarbonFactorDto addFactor(CarbonFactorInput input) {
        if (input.kgCo2ePerUnit().stripTrailingZeros().scale() > 6) {
            throw ProblemException.badRequest("kgCo2ePerUnit", "has more than 6 decimals");
        }
        if (input.source().strip().isEmpty()) {
            throw ProblemException.badRequest("source", "must not be blank");
        }
        requireActivity(input.activityCode());
        if (CarbonFactor.count("activityCode = ?1 and validFrom = ?2", input.activityCode(), input.validFrom()) > 0) {
            throw ProblemException.conflict("activity " + input.activityCode() + " already has a factor valid from "
                    + input.validFrom() + "; factors are never overwritten, add one valid from another date");
        }
        CarbonFactor f = new CarbonFactor();
        f.id = UUID.randomUUID();
        f.activityCode = input.activityCode();
        f.kgCo2ePerUnit = input.kgCo2ePerUnit().setScale(6);
        f.validFrom = input.validFrom();
        f.source = input.source().strip();
        f.createdBy = audit.actor();
        f.createdAt = Instant.now(clock);
        f.persist();
        CarbonFactorDto dto = CarbonFactorDto.of(f);
        audit.record("carbon-factor.added", "carbon_factor", f.id, null, dto);
        return dto;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public CarbonAccountMappingList mappings(String templateCode) {
        List<CarbonAccountMapping> list = templateCode == null
                ? CarbonAccountMapping.list("order by templateCode, accountCode")
                : CarbonAccountMapping.list("templateCode = ?1 order by accountCode", templateCode);
        return new CarbonAccountMappingList(list.stream().map(CarbonAccountMappingDto::of).toList());
    }

    /** Sets the activity of an account; creates the mapping or replaces it (If-Match checked when sent). */
    @Transactional
    public CarbonAccountMappingDto putMapping(String templateCode, String accountCode, String ifMatch,
            CarbonAccountMappingInput input) {
        if (TemplateAccount.findById(new TemplateAccount.Key(templateCode, accountCode)) == null) {
            throw ProblemException.notFound("template account", templateCode + "/" + accountCode);
        }
        CarbonActivity activity = requireActivity(input.activityCode());
        if (!EUR.equals(activity.unit)) {
            throw ProblemException.businessRule("not-a-monetary-activity", "spend on an account is counted in euros: "
                    + activity.code + " is counted in " + activity.unit + ", choose an activity whose unit is EUR");
        }
        CarbonAccountMapping m = CarbonAccountMapping.findById(new CarbonAccountMapping.Key(templateCode, accountCode));
        String before = null;
        if (m == null) {
            m = new CarbonAccountMapping();
            m.templateCode = templateCode;
            m.accountCode = accountCode;
        } else {
            if (ifMatch != null) {
                Etags.requireMatch(ifMatch, m.version);
            }
            before = m.activityCode;
        }
        m.activityCode = activity.code;
        m.persistAndFlush();
        audit.record("carbon-account-mapping.set", "carbon_account_mapping", templateCode + "/" + accountCode, before,
                m.activityCode);
        return CarbonAccountMappingDto.of(m);
    }

    @Transactional
    public void deleteMapping(String templateCode, String accountCode) {
        CarbonAccountMapping m = CarbonAccountMapping.findById(new CarbonAccountMapping.Key(templateCode, accountCode));
        if (m == null) {
            throw ProblemException.notFound("carbon account mapping", templateCode + "/" + accountCode);
        }
        m.delete();
        audit.record("carbon-account-mapping.removed", "carbon_account_mapping", templateCode + "/" + accountCode,
                m.activityCode, null);
    }

    // ---- activity data --------------------------------------------------------------------------------------------

    @Transactional(Transactional.TxType.SUPPORTS)
    public CarbonActivityLineList lines(UUID productionId, CarbonBasis basis) {
        requireProduction(productionId);
        Map<String, CarbonActivity> activities = activityMap();
        List<CarbonActivityLine> list = basis == null
                ? CarbonActivityLine.list("productionId = ?1 order by basis, createdAt, id", productionId)
                : CarbonActivityLine.list("productionId = ?1 and basis = ?2 order by createdAt, id", productionId, basis);
        return new CarbonActivityLineList(list.stream().map(l -> toDto(l, activities.get(l.activityCode))).toList());
    }

    @Transactional
    public CarbonActivityLineDto addLine(UUID productionId, CarbonActivityLineInput input) {
        requireProduction(productionId);
        if (input.quantity().signum() < 0) {
            throw ProblemException.badRequest("quantity", "must not be negative");
        }
        if (input.quantity().stripTrailingZeros().scale() > 3) {
            throw ProblemException.badRequest("quantity", "has more than 3 decimals");
        }
        CarbonActivity activity = requireActivity(input.activityCode());
        String accountCode = input.accountCode() == null || input.accountCode().isBlank() ? null : input.accountCode().strip();
        if (accountCode != null) {
            Optional<String> template = lockedLines.of(productionId).map(l -> Budget.<Budget> findById(l.budgetId()).templateCode);
            boolean known = template.isPresent()
                    ? TemplateAccount.findById(new TemplateAccount.Key(template.get(), accountCode)) != null
                    : TemplateAccount.count("code", accountCode) > 0;
            if (!known) {
                throw ProblemException.badRequest("accountCode", "is not an account of the production's devis template");
            }
        }
        CarbonActivityLine l = new CarbonActivityLine();
        l.id = UUID.randomUUID();
        l.productionId = productionId;
        l.basis = input.basis();
        l.activityCode = activity.code;
        l.quantity = input.quantity().setScale(3);
        l.accountCode = accountCode;
        l.description = input.description() == null || input.description().isBlank() ? null : input.description().strip();
        l.createdBy = audit.actor();
        l.createdAt = Instant.now(clock);
        l.persist();
        CarbonActivityLineDto dto = toDto(l, activity);
        audit.record("carbon-activity-line.added", "carbon_activity_line", l.id, null, dto);
        return dto;
    }

    @Transactional
    public void deleteLine(UUID productionId, UUID lineId) {
        requireProduction(productionId);
        CarbonActivityLine l = CarbonActivityLine.findById(lineId);
        if (l == null || !l.productionId.equals(productionId)) {
            throw ProblemException.notFound("carbon activity line", lineId);
        }
        CarbonActivityLineDto before = toDto(l, CarbonActivity.findById(l.activityCode));
        l.delete();
        audit.record("carbon-activity-line.removed", "carbon_activity_line", lineId, before, null);
    }

    // ---- statements -----------------------------------------------------------------------------------------------

    /** The forecast: the locked devis version's spend on mapped accounts and the forecast activity data. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public CarbonStatementDto forecast(UUID productionId, LocalDate on) {
        return statement(productionId, CarbonBasis.FORECAST, on);
    }

    /** The final statement: the actual costs booked on mapped accounts and the final activity data. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public CarbonStatementDto finalStatement(UUID productionId, LocalDate on) {
        return statement(productionId, CarbonBasis.FINAL, on);
    }

    CarbonStatementDto statement(UUID productionId, CarbonBasis basis, LocalDate onParam) {
        Production production = requireProduction(productionId);
        LocalDate on = onParam == null ? today() : onParam;
        Map<String, CarbonActivity> activities = activityMap();
        List<CarbonFootprint.Input> inputs = new ArrayList<>();
        Set<String> covered = new HashSet<>();
        for (CarbonActivityLine l : CarbonActivityLine.<CarbonActivityLine> list(
                "productionId = ?1 and basis = ?2 order by createdAt, id", productionId, basis)) {
            inputs.add(new CarbonFootprint.Input(CarbonOrigin.ENTERED, activities.get(l.activityCode).toActivity(), l.quantity,
                    l.accountCode, l.description, l.id));
            if (l.accountCode != null) {
                covered.add(l.accountCode);
            }
        }
        List<CarbonWarningDto> warnings = new ArrayList<>();
        Optional<LockedLines.Locked> locked = lockedLines.of(productionId);
        Integer versionNumber = null;
        if (locked.isEmpty()) {
            warnings.add(new CarbonWarningDto("no-locked-budget",
                    "the production has no locked devis version: no spend is counted, only the entered activity data"));
        } else if (!EUR.equals(locked.get().currency())) {
            versionNumber = locked.get().number();
            warnings.add(new CarbonWarningDto("budget-not-in-euros", "monetary factors are per euro; the devis is in "
                    + locked.get().currency() + ", so its spend is not counted"));
        } else {
            versionNumber = locked.get().number();
            inputs.addAll(derived(productionId, basis, locked.get(), activities, covered, warnings));
        }
        CarbonFootprint.Result r = CarbonFootprint.compute(inputs, factors(), on);
        for (CarbonFootprint.Input missing : r.withoutFactor()) {
            warnings.add(new CarbonWarningDto("no-factor", "no factor of " + missing.activity().code() + " is in force on "
                    + on + ": " + missing.quantity().toPlainString() + " " + missing.activity().unit() + " not counted"));
        }
        return new CarbonStatementDto(productionId, production.title, basis, on, versionNumber,
                r.lines().stream().map(CarbonService::toDto).toList(),
                r.categories().entrySet().stream().map(e -> new CarbonCategoryTotalDto(e.getKey(), e.getKey().label("fr"),
                        e.getKey().label("en"), e.getValue().toPlainString(),
                        CarbonFootprint.Result.tonnes(e.getValue()).toPlainString())).toList(),
                r.totalKg().toPlainString(), CarbonFootprint.Result.tonnes(r.totalKg()).toPlainString(), warnings);
    }

    private List<CarbonFootprint.Input> derived(UUID productionId, CarbonBasis basis, LockedLines.Locked locked,
            Map<String, CarbonActivity> activities, Set<String> covered, List<CarbonWarningDto> warnings) {
        String template = Budget.<Budget> findById(locked.budgetId()).templateCode;
        Map<String, CarbonFootprint.Account> accounts = new LinkedHashMap<>();
        TemplateAccount.<TemplateAccount> list("templateCode", template)
                .forEach(a -> accounts.put(a.code, new CarbonFootprint.Account(a.code, a.parentCode, a.labelFr)));
        Map<String, CarbonFootprint.Activity> mappings = new HashMap<>();
        CarbonAccountMapping.<CarbonAccountMapping> list("templateCode", template)
                .forEach(m -> mappings.put(m.accountCode, activities.get(m.activityCode).toActivity()));
        List<CarbonFootprint.Spend> spend = new ArrayList<>();
        if (basis == CarbonBasis.FORECAST) {
            for (LockedLines.BudgetedLine b : locked.lines()) {
                if (b.kind() == CostReport.Kind.COST) {
                    spend.add(new CarbonFootprint.Spend(b.accountCode(), b.budget()));
                }
            }
            return CarbonFootprint.fromSpend(CarbonOrigin.DERIVED_FROM_DEVIS, spend, accounts, mappings, covered);
        }
        Map<String, String> accountOfKey = new HashMap<>();
        locked.lines().forEach(b -> accountOfKey.put(b.key(), b.kind() == CostReport.Kind.COST ? b.accountCode() : null));
        BigDecimal offBudget = BigDecimal.ZERO;
        for (Map.Entry<String, CostLedger.Position> p : ledger.positions(productionId).entrySet()) {
            BigDecimal actual = p.getValue().actual();
            if (actual.signum() == 0) {
                continue;
            }
            if (!accountOfKey.containsKey(p.getKey())) {
                offBudget = offBudget.add(actual);
            } else if (accountOfKey.get(p.getKey()) != null) {
                spend.add(new CarbonFootprint.Spend(accountOfKey.get(p.getKey()), actual));
            }
        }
        if (offBudget.signum() != 0) {
            warnings.add(new CarbonWarningDto("actuals-off-budget", offBudget.toPlainString()
                    + " EUR of actual costs are on lines outside the locked devis version and are not counted"));
        }
        return CarbonFootprint.fromSpend(CarbonOrigin.DERIVED_FROM_ACTUALS, spend, accounts, mappings, covered);
    }

    // ---- helpers --------------------------------------------------------------------------------------------------

    private static CarbonStatementLineDto toDto(CarbonFootprint.Line l) {
        CarbonFootprint.Input i = l.input();
        CarbonFootprint.Factor f = l.factor();
        return new CarbonStatementLineDto(i.origin(), i.activity().category(), i.activity().code(), i.activity().labelFr(),
                i.quantity().toPlainString(), i.activity().unit(), i.accountCode(), i.description(), i.lineId(),
                new CarbonFactorUsedDto(f.id(), f.kgCo2ePerUnit().setScale(6).toPlainString(), f.validFrom(), f.source()),
                l.kgCo2e().toPlainString());
    }

    private static CarbonActivityLineDto toDto(CarbonActivityLine l, CarbonActivity a) {
        return new CarbonActivityLineDto(l.id, l.basis, l.activityCode, a.category, l.quantity.setScale(3).toPlainString(),
                a.unit, l.accountCode, l.description, l.createdBy, l.createdAt);
    }

    private static CarbonFootprint.Factors factors() {
        return new CarbonFootprint.Factors(
                CarbonFactor.<CarbonFactor> listAll().stream().map(CarbonFactor::toFactor).toList());
    }

    private static Map<String, CarbonActivity> activityMap() {
        Map<String, CarbonActivity> out = new HashMap<>();
        CarbonActivity.<CarbonActivity> listAll().forEach(a -> out.put(a.code, a));
        return out;
    }

    private static CarbonActivity requireActivity(String code) {
        CarbonActivity a = code == null ? null : CarbonActivity.findById(code);
        if (a == null) {
            throw ProblemException.badRequest("activityCode", "is not a known activity (see GET /carbon/activities)");
        }
        return a;
    }

    static Production requireProduction(UUID productionId) {
        Production production = Production.findById(productionId);
        if (production == null) {
            throw ProblemException.notFound("production", productionId);
        }
        return production;
    }
}
