package fr.bobine.budget.closing;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import fr.bobine.budget.costreport.ReportWorkbook;

/**
 * The final cost statement as CSV (';', decimal comma) or workbook: per chapter its lines, the chapter subtotal, its
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

    static String csv(ClosingStatementDto s) {
        StringBuilder out = new StringBuilder(String.join(";", COLUMNS)).append("\r\n");
        for (Row row : rows(s)) {
            List<String> text = new ArrayList<>();
            for (Object cell : row.cells()) {
                text.add(cell == null ? "" : cell instanceof BigDecimal n ? n.toPlainString().replace('.', ',') : quote(cell.toString()));
            }
            out.append(String.join(";", text)).append("\r\n");
        }
        return out.toString();
    }

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

    private static String quote(String value) {
        if (value.contains(";") || value.contains("\"") || value.contains("\n") || value.contains("\r")) {
            return "\"" + value.replace("\"", "\"\"") + "\"";
        }
        return value;
    }
}
