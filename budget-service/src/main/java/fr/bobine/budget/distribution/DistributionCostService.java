package fr.bobine.budget.distribution;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import fr.bobine.budget.devis.Budget;
import fr.bobine.budget.devis.BudgetLine;
import fr.bobine.budget.devis.DevisService;
import fr.bobine.budget.devis.TemplateAccount;
import fr.bobine.platform.audit.AuditTrail;
import fr.bobine.platform.problem.ProblemException;
import io.quarkus.panache.common.Sort;

/** The editable category → devis account mapping, and the budget line a distribution cost lands on. */
@ApplicationScoped
public class DistributionCostService {

    @Inject
    DevisService devis;

    @Inject
    AuditTrail audit;

    @Transactional(Transactional.TxType.SUPPORTS)
    public DistributionCostMappingList mappings() {
        return new DistributionCostMappingList(DistributionCostMapping.<DistributionCostMapping> listAll(
                Sort.by("templateCode").and("category")).stream().map(DistributionCostService::toDto).toList());
    }

    @Transactional
    public DistributionCostMappingDto put(String templateCode, String category, DistributionCostMappingInput input) {
        if (TemplateAccount.count("templateCode", templateCode) == 0) {
            throw ProblemException.notFound("budget template", templateCode);
        }
        if (TemplateAccount.findById(new TemplateAccount.Key(templateCode, input.budgetAccountCode())) == null) {
            throw ProblemException.businessRule("unknown-budget-account", "account " + input.budgetAccountCode()
                    + " is not an account of template " + templateCode);
        }
        DistributionCostMapping m = DistributionCostMapping.findById(new DistributionCostMapping.Key(templateCode, category));
        DistributionCostMappingDto before = m == null ? null : toDto(m);
        if (m == null) {
            m = new DistributionCostMapping();
            m.templateCode = templateCode;
            m.category = category;
        }
        m.budgetAccountCode = input.budgetAccountCode();
        m.persist();
        DistributionCostMapping.flush();
        DistributionCostMappingDto after = toDto(m);
        audit.record("distribution-cost-mapping.updated", "distribution_cost_mapping", templateCode + "/" + category, before,
                after);
        return after;
    }

    /** What {@link #lineFor} found, or why it found nothing (the reason an event is parked with). */
    public record Target(Optional<BudgetLine> line, String currency, String reason) {
    }

    /**
     * The first line (devis order: account position, then line position) of the latest locked version whose account is
     * the mapped account or one below it in the template.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Target lineFor(UUID productionId, String category) {
        Optional<DevisService.LockedBudget> locked = devis.latestLocked(productionId);
        if (locked.isEmpty()) {
            return new Target(Optional.empty(), null, "production " + productionId + " has no locked budget");
        }
        Budget budget = Budget.findById(locked.get().budgetId());
        DistributionCostMapping m = DistributionCostMapping.findById(
                new DistributionCostMapping.Key(budget.templateCode, category));
        if (m == null) {
            return new Target(Optional.empty(), budget.currency, "no devis account is mapped to category " + category
                    + " for template " + budget.templateCode + " (PUT /distribution-cost-mappings)");
        }
        Map<String, TemplateAccount> accounts = new HashMap<>();
        for (TemplateAccount a : TemplateAccount.<TemplateAccount> list("templateCode", budget.templateCode)) {
            accounts.put(a.code, a);
        }
        List<BudgetLine> lines = BudgetLine.<BudgetLine> list("versionId", Sort.by("position").and("id"),
                locked.get().versionId());
        Optional<BudgetLine> line = lines.stream().filter(l -> under(l.accountCode, m.budgetAccountCode, accounts))
                .min((a, b) -> Integer.compare(position(a, accounts), position(b, accounts)));
        return new Target(line, budget.currency, line.isPresent() ? null
                : "the locked budget has no line under account " + m.budgetAccountCode + ", where category " + category
                        + " is booked");
    }

    private static int position(BudgetLine l, Map<String, TemplateAccount> accounts) {
        TemplateAccount a = accounts.get(l.accountCode);
        return a == null ? Integer.MAX_VALUE : a.position;
    }

    /** True when the account is the ancestor itself or one of its descendants in the template's tree. */
    static boolean under(String accountCode, String ancestor, Map<String, TemplateAccount> accounts) {
        String code = accountCode;
        for (int depth = 0; code != null && depth < 10; depth++) {
            if (code.equals(ancestor)) {
                return true;
            }
            TemplateAccount a = accounts.get(code);
            code = a == null ? null : a.parentCode;
        }
        return false;
    }

    private static DistributionCostMappingDto toDto(DistributionCostMapping m) {
        return new DistributionCostMappingDto(m.templateCode, m.category, m.budgetAccountCode, m.version);
    }
}
