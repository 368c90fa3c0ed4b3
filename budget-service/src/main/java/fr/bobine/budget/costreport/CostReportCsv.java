package fr.bobine.budget.costreport;

import fr.bobine.platform.csv.CsvExport;
import fr.bobine.platform.csv.CsvExport.Column;
import fr.bobine.platform.csv.CsvExport.Lang;

/** The cost report as a spreadsheet reads it ({@link CsvExport}): lines, then chapters, then the total. */
final class CostReportCsv {

    static final Column[] COLUMNS = { new Column("type", "type"), new Column("clé", "key"), new Column("compte", "account"),
            new Column("chapitre", "chapter"), new Column("libellé", "label"), new Column("budget", "budget"),
            new Column("engagé", "committed"), new Column("réel", "actual"), new Column("coût à date", "cost to date"),
            new Column("reste à dépenser", "estimate to complete"), new Column("coût final estimé", "estimated final cost"),
            new Column("écart", "variance") };

    private CostReportCsv() {
    }

    static String of(CostReportDto r, Lang lang) {
        boolean en = lang == Lang.en;
        CsvExport csv = CsvExport.of(lang, COLUMNS);
        for (CostReportLineDto l : r.lines()) {
            row(csv, en ? "line" : "ligne", l.key(), l.accountCode(), l.chapterCode(), l.label(), l.figures());
        }
        for (CostReportTotalDto c : r.chapters()) {
            row(csv, en ? "chapter" : "chapitre", c.code(), null, c.code(), null, c.figures());
        }
        row(csv, "total", null, null, null, "total", r.total());
        return csv.toText();
    }

    private static void row(CsvExport csv, String type, String key, String account, String chapter, String label,
            CostFiguresDto f) {
        csv.row(type, key, account, chapter, label, f.budget(), f.committed(), f.actual(), f.costToDate(),
                f.estimateToComplete(), f.estimatedFinalCost(), f.variance());
    }
}
