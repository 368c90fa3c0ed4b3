package fr.bobine.budget.costreport;

import java.util.List;

import fr.bobine.platform.money.Money;

/** The cost report as a French spreadsheet reads it: ';' between fields, decimal comma, lines then chapters and total. */
final class CostReportCsv {

    private CostReportCsv() {
    }

    static String of(CostReportDto r) {
        StringBuilder out = new StringBuilder();
        out.append("type;clé;compte;chapitre;libellé;budget;engagé;réel;coût à date;reste à dépenser;coût final estimé;écart\r\n");
        for (CostReportLineDto l : r.lines()) {
            row(out, "ligne", l.key(), l.accountCode(), l.chapterCode(), l.label(), l.figures());
        }
        for (CostReportTotalDto c : r.chapters()) {
            row(out, "chapitre", c.code(), "", c.code(), "", c.figures());
        }
        row(out, "total", "", "", "", "total", r.total());
        return out.toString();
    }

    private static void row(StringBuilder out, String type, String key, String account, String chapter, String label,
            CostFiguresDto f) {
        List<String> cells = List.of(type, key, account, chapter, label == null ? "" : label, n(f.budget()), n(f.committed()),
                n(f.actual()), n(f.costToDate()), n(f.estimateToComplete()), n(f.estimatedFinalCost()), n(f.variance()));
        out.append(String.join(";", cells.stream().map(CostReportCsv::cell).toList())).append("\r\n");
    }

    private static String n(Money m) {
        return m.amount().toPlainString().replace('.', ',');
    }

    static String cell(String value) {
        if (value.contains(";") || value.contains("\"") || value.contains("\n")) {
            return "\"" + value.replace("\"", "\"\"") + "\"";
        }
        return value;
    }
}
