package fr.bobine.budget.accounting;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The monthly payroll entry (OD de paie) as the production accountant books it from the labour costs of the month:
 * each cost in debit of the expense account its budget line maps to (641x salaries, 645 charges), the budget account
 * kept as analytic code, and in credit the gross salaries due (421) and the social charges owed to the collecting
 * bodies (431). Debits are summed per (PCG account, budget account), so the entry has one line per analytic code.
 * Source: PCG 2014, art. 932-1 (accounts 421, 431, 641, 645); the usual "OD de paie" of French payroll accounting.
 */
public final class PayrollPosting {

    /** A labour cost of the month: its budget account, whether it is employer charges, and its PCG expense account. */
    public record Cost(String budgetAccountCode, boolean charges, String pcgAccount, String pcgLabel, BigDecimal amount) {
    }

    /** A credit account of the entry: for gross salaries or for charges. */
    public record CreditAccount(String pcgAccount, String pcgLabel) {
    }

    public record Line(String account, String accountLabel, String analyticCode, BigDecimal debit, BigDecimal credit) {
    }

    private PayrollPosting() {
    }

    /**
     * The lines of the entry: debits in the order the budget accounts first appear, then the gross credit, then the
     * charges credit. A sum that comes out negative (a correction larger than the month's cost) changes side, so that
     * every line carries a positive amount and the entry still balances.
     */
    public static List<Line> lines(List<Cost> costs, CreditAccount grossAccount, CreditAccount chargesAccount) {
        Map<List<String>, BigDecimal> debits = new LinkedHashMap<>();
        Map<List<String>, String> labels = new LinkedHashMap<>();
        BigDecimal gross = BigDecimal.ZERO.setScale(2);
        BigDecimal charges = BigDecimal.ZERO.setScale(2);
        for (Cost c : costs) {
            List<String> key = List.of(c.pcgAccount(), c.budgetAccountCode());
            debits.merge(key, c.amount(), BigDecimal::add);
            labels.putIfAbsent(key, c.pcgLabel());
            if (c.charges()) {
                charges = charges.add(c.amount());
            } else {
                gross = gross.add(c.amount());
            }
        }
        List<Line> out = new ArrayList<>();
        for (Map.Entry<List<String>, BigDecimal> d : debits.entrySet()) {
            if (d.getValue().signum() != 0) {
                out.add(side(d.getKey().get(0), labels.get(d.getKey()), d.getKey().get(1), d.getValue(), true));
            }
        }
        if (gross.signum() != 0) {
            out.add(side(grossAccount.pcgAccount(), grossAccount.pcgLabel(), null, gross, false));
        }
        if (charges.signum() != 0) {
            out.add(side(chargesAccount.pcgAccount(), chargesAccount.pcgLabel(), null, charges, false));
        }
        return out;
    }

    private static Line side(String account, String label, String analytic, BigDecimal amount, boolean debit) {
        BigDecimal zero = BigDecimal.ZERO.setScale(2);
        boolean inDebit = debit == amount.signum() > 0;
        BigDecimal value = amount.abs().setScale(2);
        return new Line(account, label, analytic, inDebit ? value : zero, inDebit ? zero : value);
    }
}
