package fr.bobine.budget.cashflow;

import java.util.ArrayList;
import java.util.List;

import fr.bobine.platform.csv.CsvExport;
import fr.bobine.platform.csv.CsvExport.Column;
import fr.bobine.platform.csv.CsvExport.Lang;
import fr.bobine.platform.money.Money;

/**
 * The plan as a spreadsheet reads it ({@link CsvExport}): one row per week with its categories, then, as a second
 * table, the movements behind each week so that every figure can be traced.
 */
final class CashFlowCsv {

    private CashFlowCsv() {
    }

    static String of(CashFlowPlanDto plan, Lang lang) {
        boolean en = lang == Lang.en;
        List<Column> weeks = new ArrayList<>(List.of(new Column("semaine", "week"), new Column("lundi", "monday"),
                new Column("solde d'ouverture", "opening balance")));
        for (CashCategory c : CashCategory.values()) {
            boolean in = c.direction == CashCategory.Direction.IN;
            weeks.add(new Column((in ? "encaissements " : "décaissements ") + c.name(), (in ? "money in " : "money out ") + c.name()));
        }
        weeks.addAll(List.of(new Column("total encaissements", "total in"), new Column("total décaissements", "total out"),
                new Column("solde de la semaine", "net"), new Column("solde de clôture", "closing balance"),
                new Column("sous le seuil", "shortfall"), new Column("encaissements non confirmés", "money in not yet confirmed")));
        CsvExport csv = CsvExport.of(lang, weeks);
        for (CashFlowWeekDto w : plan.weeks()) {
            List<Object> cells = new ArrayList<>(List.of(w.isoWeek(), w.weekStart(), w.openingBalance()));
            for (CashCategory c : CashCategory.values()) {
                List<CashFlowCategoryAmountDto> side = c.direction == CashCategory.Direction.IN ? w.moneyIn() : w.moneyOut();
                cells.add(side.stream().filter(a -> a.category() == c).findFirst().map(CashFlowCategoryAmountDto::amount)
                        .orElse(Money.zero(plan.currency())));
            }
            cells.addAll(List.of(w.totalIn(), w.totalOut(), w.net(), w.closingBalance(), w.shortfall(), w.notYetConfirmedIn()));
            csv.row(cells.toArray());
        }
        csv.table(List.of(new Column("semaine", "week"), new Column("date", "date"), new Column("catégorie", "category"),
                new Column("sens", "direction"), new Column("source", "source"), new Column("référence", "reference"),
                new Column("libellé", "label"), new Column("montant", "amount"), new Column("en retard", "overdue"),
                new Column("confirmé", "confirmed")));
        for (CashFlowWeekDto w : plan.weeks()) {
            for (CashFlowItemDto i : w.items()) {
                item(csv, w.isoWeek(), i);
            }
        }
        for (CashFlowItemDto i : plan.undated()) {
            item(csv, en ? "undated" : "non datée", i);
        }
        return csv.toText();
    }

    private static void item(CsvExport csv, String week, CashFlowItemDto i) {
        csv.row(week, i.date(), i.category(), i.direction(), i.sourceKind(), i.reference(), i.label(), i.amount(), i.overdue(),
                i.confirmed());
    }
}
