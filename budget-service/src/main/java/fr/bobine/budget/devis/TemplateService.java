package fr.bobine.budget.devis;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import fr.bobine.platform.audit.AuditTrail;
import fr.bobine.platform.http.Etags;
import fr.bobine.platform.money.DecimalString;
import fr.bobine.platform.money.Money;
import fr.bobine.platform.problem.ProblemException;
import io.quarkus.panache.common.Sort;

/** Templates (chapters, accounts, default rules) and the dated social-charge rates: reference data, editable. */
@ApplicationScoped
public class TemplateService {

    @Inject
    AuditTrail audit;

    /** The template's accounts in document order (chapters before their accounts, by position). */
    Map<String, TemplateAccount> accounts(String templateCode) {
        Map<String, TemplateAccount> accounts = new LinkedHashMap<>();
        for (TemplateAccount a : TemplateAccount.<TemplateAccount> list("templateCode", Sort.by("position").and("code"),
                templateCode)) {
            accounts.put(a.code, a);
        }
        return accounts;
    }

    /** The rate of each category on {@code day}; where periods overlap, the one that started last. */
    Map<FringeCategory, BigDecimal> fringeRatesOn(LocalDate day) {
        Map<FringeCategory, BigDecimal> rates = new EnumMap<>(FringeCategory.class);
        for (FringeRate r : FringeRate.<FringeRate> list("validFrom <= ?1 and (validTo is null or validTo >= ?1)",
                Sort.by("validFrom"), day)) {
            rates.put(r.category, r.rate);
        }
        return rates;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public TemplateList list() {
        return new TemplateList(BudgetTemplate.<BudgetTemplate> listAll(Sort.by("code")).stream()
                .map(t -> new TemplateSummary(t.code, t.kind, t.labelFr, t.labelEn,
                        (int) TemplateAccount.count("templateCode", t.code)))
                .toList());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public TemplateDto get(String code) {
        BudgetTemplate t = template(code);
        List<TemplateRuleDto> rules = TemplateRule.<TemplateRule> list("templateCode", Sort.by("position"), code).stream()
                .map(r -> new TemplateRuleDto(r.code, r.kind, r.labelFr, r.labelEn, DecimalString.rate(r.rate),
                        List.of(r.baseChapters), List.of(r.excludedRules), r.cap == null ? null : Money.eur(r.cap.toPlainString()),
                        r.position))
                .toList();
        return new TemplateDto(t.code, t.kind, t.labelFr, t.labelEn,
                accounts(code).values().stream().map(TemplateAccount::toDto).toList(), rules);
    }

    /** Creates an account under its parent, or changes the labels and categories of an existing one. */
    @Transactional
    public TemplateAccountDto putAccount(String templateCode, String code, TemplateAccountInput input) {
        template(templateCode);
        if (!code.matches("[0-9A-Za-z.]{1,20}")) {
            throw ProblemException.badRequest("accountCode", "must be 1 to 20 letters, digits or dots");
        }
        TemplateAccount account = TemplateAccount.findById(new TemplateAccount.Key(templateCode, code));
        TemplateAccountDto before = account == null ? null : account.toDto();
        TemplateAccount parent = null;
        if (input.parentCode() != null) {
            parent = TemplateAccount.findById(new TemplateAccount.Key(templateCode, input.parentCode()));
            if (parent == null) {
                throw ProblemException.badRequest("parentCode", "unknown account " + input.parentCode());
            }
            if (parent.level >= 3) {
                throw ProblemException.badRequest("parentCode", "a line (level 3) cannot have sub-accounts");
            }
        }
        if (account == null) {
            account = new TemplateAccount();
            account.templateCode = templateCode;
            account.code = code;
            account.parentCode = input.parentCode();
            account.level = parent == null ? 1 : parent.level + 1;
            account.chapterCode = parent == null ? code : parent.chapterCode;
        } else if (!java.util.Objects.equals(account.parentCode, input.parentCode())) {
            throw ProblemException.conflict("account " + code + " is under " + account.parentCode
                    + "; an account cannot move, budgets refer to it");
        }
        account.labelFr = input.labelFr().strip();
        account.labelEn = input.labelEn().strip();
        if (input.position() != null) {
            account.position = input.position();
        } else if (before == null) {
            Integer last = TemplateAccount.find("select max(position) from TemplateAccount where templateCode = ?1 and "
                    + "(code = ?2 or parentCode = ?2)", templateCode, input.parentCode() == null ? code : input.parentCode())
                    .project(Integer.class).firstResult();
            account.position = last == null ? 10_000 : last + 1;
        }
        account.fringeCategory = input.fringeCategory() == FringeCategory.NONE ? null : input.fringeCategory();
        account.postsFringesOf = input.postsFringesOf() == FringeCategory.NONE ? null : input.postsFringesOf();
        account.taxCreditEligible = input.taxCreditEligible() == null || input.taxCreditEligible();
        if (before == null) {
            account.persist();
        }
        TemplateAccount.flush();
        TemplateAccountDto after = account.toDto();
        audit.record(before == null ? "template.account.create" : "template.account.update", "template_account",
                templateCode + "/" + code, before, after);
        return after;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public FringeRateList fringeRates(FringeCategory category, LocalDate on) {
        return new FringeRateList(FringeRate.<FringeRate> list("order by category, validFrom").stream()
                .filter(r -> category == null || r.category == category)
                .filter(r -> on == null || r.covers(on))
                .map(FringeRate::toDto).toList());
    }

    @Transactional
    public FringeRateDto addFringeRate(FringeRateInput input) {
        FringeRate rate = new FringeRate();
        rate.id = UUID.randomUUID();
        applyRate(rate, input);
        rate.persist();
        FringeRate.flush();
        audit.record("fringe-rate.create", "fringe_rate", rate.id, null, rate.toDto());
        return rate.toDto();
    }

    @Transactional
    public FringeRateDto updateFringeRate(UUID id, String ifMatch, FringeRateInput input) {
        FringeRate rate = FringeRate.<FringeRate> findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("fringe rate", id));
        Etags.requireMatch(ifMatch, rate.version);
        FringeRateDto before = rate.toDto();
        applyRate(rate, input);
        FringeRate.flush();
        audit.record("fringe-rate.update", "fringe_rate", rate.id, before, rate.toDto());
        return rate.toDto();
    }

    private static void applyRate(FringeRate rate, FringeRateInput input) {
        if (input.validTo() != null && input.validTo().isBefore(input.validFrom())) {
            throw ProblemException.badRequest("validTo", "must not be before validFrom");
        }
        LocalDate end = input.validTo() == null ? LocalDate.MAX : input.validTo();
        for (FringeRate other : FringeRate.<FringeRate> list("category", input.category())) {
            LocalDate otherEnd = other.validTo == null ? LocalDate.MAX : other.validTo;
            if (!other.id.equals(rate.id) && !other.validFrom.isAfter(end) && !input.validFrom().isAfter(otherEnd)) {
                throw ProblemException.conflict("the " + input.category() + " rate from " + other.validFrom
                        + (other.validTo == null ? "" : " to " + other.validTo)
                        + " overlaps this period; close it first (set its validTo)");
            }
        }
        DecimalString.requireRateScale("rate", input.rate());
        rate.category = input.category();
        rate.rate = input.rate();
        rate.validFrom = input.validFrom();
        rate.validTo = input.validTo();
        rate.note = input.note();
    }

    private static BudgetTemplate template(String code) {
        return BudgetTemplate.<BudgetTemplate> findByIdOptional(code)
                .orElseThrow(() -> ProblemException.notFound("budget template", code));
    }
}
