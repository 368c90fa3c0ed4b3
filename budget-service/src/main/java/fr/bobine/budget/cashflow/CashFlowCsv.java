package fr.bobine.budget.cashflow;

import java.util.ArrayList;
import java.util.List;

import fr.bobine.platform.money.Money;

/**
 * The plan as a spreadsheet reads it, in French like the cost report: ';' and a decimal comma. One row per week with
 * its categories, then the movements behind each week so that every figure can be traced.
 */
final class CashFlowCsv {

    private CashFlowCsv() {
    }

    static String of(CashFlowPlanDto plan) {
        StringBuilder out = new StringBuilder();
        List<String> header = new ArrayList<>(List.of("semaine", "lundi", "solde d'ouverture"));
        for (CashCategory c : CashCategory.values()) {
            header.add((c.direction == CashCategory.Direction.IN ? "encaissements " : "décaissements ") + c.name());
        }
        header.addAll(List.of("total encaissements", "total décaissements", "solde de la semaine", "solde de clôture",
                "sous le seuil", "encaissements non confirmés"));
        line(out, header);
        for (CashFlowWeekDto w : plan.weeks()) {
            List<String> cells = new ArrayList<>(List.of(w.isoWeek(), w.weekStart().toString(), n(w.openingBalance())));
            for (CashCategory c : CashCategory.values()) {
                List<CashFlowCategoryAmountDto> side = c.direction == CashCategory.Direction.IN ? w.moneyIn() : w.moneyOut();
                cells.add(side.stream().filter(a -> a.category() == c).findFirst().map(a -> n(a.amount())).orElse("0,00"));
            }
            cells.addAll(List.of(n(w.totalIn()), n(w.totalOut()), n(w.net()), n(w.closingBalance()),
                    w.shortfall() ? "oui" : "non", n(w.notYetConfirmedIn())));
            line(out, cells);
        }
        out.append("\r\n");
        line(out, List.of("semaine", "date", "catégorie", "sens", "source", "référence", "libellé", "montant", "en retard",
                "confirmé"));
        for (CashFlowWeekDto w : plan.weeks()) {
            for (CashFlowItemDto i : w.items()) {
                item(out, w.isoWeek(), i);
            }
        }
        for (CashFlowItemDto i : plan.undated()) {
            item(out, "non datée", i);
        }
        return out.toString();
    }

    private static void item(StringBuilder out, String week, CashFlowItemDto i) {
        line(out, List.of(week, i.date() == null ? "" : i.date().toString(), i.category().name(), i.direction().name(),
                i.sourceKind(), i.reference(), i.label() == null ? "" : i.label(), n(i.amount()), i.overdue() ? "oui" : "non",
                i.confirmed() ? "oui" : "non"));
    }

    private static void line(StringBuilder out, List<String> cells) {
        out.append(String.join(";", cells.stream().map(CashFlowCsv::cell).toList())).append("\r\n");
    }

    private static String n(Money m) {
        return m.amount().toPlainString().replace('.', ',');
    }

    private static String cell(String value) {
        if (value.contains(";") || value.contains("\"") || value.contains("\n")) {
            return "\"" + value.replace("\"", "\"\"") + "\"";
        }
        return value;
    }
}
