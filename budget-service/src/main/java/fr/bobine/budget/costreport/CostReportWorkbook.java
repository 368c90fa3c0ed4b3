package fr.bobine.budget.costreport;

import java.time.ZoneId;
import java.util.List;

/**
 * The cost report as a workbook: production, version and date on top, then each chapter's lines followed by the
 * chapter's subtotal, then the total and the variance of the cost lines alone (without FG and imprévus).
 */
final class CostReportWorkbook {

    static final String[] COLUMNS = { "Type", "Clé", "Compte", "Chapitre", "Libellé", "Budget", "Engagé", "Réel",
            "Coût à date", "Reste à dépenser", "Coût final estimé", "Écart" };

    private CostReportWorkbook() {
    }

    static byte[] of(CostReportDto r, String heading) {
        ReportWorkbook book = new ReportWorkbook("Cost report V" + r.versionNumber());
        describe(book, r, heading);
        book.header(COLUMNS);
        for (CostReportTotalDto chapter : r.chapters()) {
            for (CostReportLineDto l : r.lines()) {
                if (l.chapterCode().equals(chapter.code())) {
                    book.row(cells("ligne", l.key(), l.accountCode(), l.chapterCode(), l.label(), l.figures()));
                }
            }
            book.subtotal(cells("total chapitre", chapter.code(), "", chapter.code(), "", chapter.figures()));
        }
        book.subtotal(cells("total", "", "", "", "Total", r.total()));
        book.row("écart hors FG et imprévus", "", "", "", "", null, null, null, null, null, null, r.costLinesVariance().amount());
        return book.bytes();
    }

    static void describe(ReportWorkbook book, CostReportDto r, String heading) {
        book.title(heading, "")
                .title("Production", r.productionTitle())
                .title("Version", "V" + r.versionNumber() + " verrouillée le "
                        + r.versionLockedAt().atZone(ZoneId.of("Europe/Paris")).toLocalDate())
                .title("Date", r.asOf() == null ? "tout ce qui est comptabilisé à ce jour" : r.asOf().toString())
                .title("Devise", r.currency());
    }

    static Object[] cells(String type, String key, String account, String chapter, String label, CostFiguresDto f) {
        return List.of(type, key, account, chapter, label == null ? "" : label, f.budget().amount(), f.committed().amount(),
                f.actual().amount(), f.costToDate().amount(), f.estimateToComplete().amount(),
                f.estimatedFinalCost().amount(), f.variance().amount()).toArray();
    }
}
