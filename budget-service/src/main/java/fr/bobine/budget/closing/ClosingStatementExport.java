package fr.bobine.budget.closing;

import java.util.ArrayList;
import java.util.List;

import fr.bobine.budget.costreport.ReportWorkbook;
import fr.bobine.platform.csv.CsvExport;
import fr.bobine.platform.csv.CsvExport.Column;
import fr.bobine.platform.csv.CsvExport.Lang;

/**
 * The final cost statement as CSV ({@link CsvExport}) or workbook: per chapter its lines, the chapter subtotal, its
 * main contributors and explanation; then the total and the items still open.
 */
final class ClosingStatementExport {

    static final String[] COLUMNS = { "Type", "Clé", "Compte", "Chapitre", "Libellé", "Budget", "Exécuté", "Écart" };

    private ClosingStatementExport() {
    }

    /** Rows with a flag telling a subtotal row (bold in the workbook). */
    record Row(Object[] cells, boolean subtotal) {
    }

    static List<Row> rows(ClosingStatementDto s) {
        List<Row> out = new ArrayList<>();
        for (ClosingChapterDto chapter : s.chapters()) {
            for (ClosingLineDto l : s.lines()) {
                if (l.chapterCode().equals(chapter.code())) {
                    out.add(new Row(cells(l.percentage() ? "pourcentage" : "ligne", l.key(), l.accountCode(),
                            l.chapterCode(), l.label(), l.figures()), false));
                }
            }
            out.add(new Row(cells("total chapitre", chapter.code(), "", chapter.code(), "", chapter.figures()), true));
            for (ContributorDto c : chapter.mainContributors()) {
                out.add(new Row(new Object[] { "contribue à l'écart", c.key(), "", chapter.code(),
                        c.label() == null ? "" : c.label(), null, null, c.variance().amount() }, false));
            }
            if (chapter.explanation() != null) {
                out.add(new Row(new Object[] { "explication", "", "", chapter.code(), chapter.explanation() }, false));
            }
        }
        out.add(new Row(cells("total", "", "", "", "Coût définitif", s.total()), true));
        for (BlockingItemDto b : s.blockingItems()) {
            out.add(new Row(new Object[] { "élément ouvert", b.reference(), b.kind().name(), "", b.detail(), null,
                    b.amount().amount(), null }, false));
        }
        return out;
    }

    private static Object[] cells(String type, String key, String account, String chapter, String label,
            ClosingFiguresDto f) {
        return new Object[] { type, key, account, chapter, label == null ? "" : label, f.budget().amount(),
                f.executed().amount(), f.variance().amount() };
    }

    static final String[] COLUMNS_EN = { "Type", "Key", "Account", "Chapter", "Label", "Budget", "Executed", "Variance" };

    /** The same rows as the workbook ({@link CsvExport}); a row shorter than the header ends with empty cells. */
    static String csv(ClosingStatementDto s, Lang lang) {
        List<Column> columns = new ArrayList<>();
        for (int i = 0; i < COLUMNS.length; i++) {
            columns.add(new Column(COLUMNS[i], COLUMNS_EN[i]));
        }
        CsvExport csv = CsvExport.of(lang, columns);
        for (Row row : rows(s)) {
            Object[] cells = java.util.Arrays.copyOf(row.cells(), COLUMNS.length);
            if (lang == Lang.en) {
                cells[0] = TYPES_EN.getOrDefault(cells[0], cells[0]);
            }
            csv.row(cells);
        }
        return csv.toText();
    }

    private static final java.util.Map<Object, Object> TYPES_EN = java.util.Map.of("pourcentage", "percentage", "ligne", "line",
            "total chapitre", "chapter total", "contribue à l'écart", "contributes to the variance", "explication", "explanation",
            "élément ouvert", "open item", "total", "total");

    static byte[] xlsx(ClosingStatementDto s) {
        ReportWorkbook book = new ReportWorkbook("Coût définitif")
                .title("Coût définitif", s.status() == ClosingStatementDto.Status.CLOSED ? "clos" : "provisoire")
                .title("Production", s.productionTitle())
                .title("Version", "V" + s.versionNumber())
                .title("Clos le", s.closedAt() == null ? "" : s.closedAt().toString())
                .title("Motif de clôture", s.overrideReason())
                .title("Devise", s.currency())
                .header(COLUMNS);
        for (Row row : rows(s)) {
            if (row.subtotal()) {
                book.subtotal(row.cells());
            } else {
                book.row(row.cells());
            }
        }
        return book.bytes();
    }
}
