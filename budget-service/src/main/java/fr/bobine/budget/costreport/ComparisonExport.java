package fr.bobine.budget.costreport;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import fr.bobine.platform.csv.CsvExport;
import fr.bobine.platform.csv.CsvExport.Column;
import fr.bobine.platform.csv.CsvExport.Lang;
import fr.bobine.platform.money.Money;

/** A comparison of two cost reports as CSV ({@link CsvExport}) or as a workbook: per reading, from, to and delta. */
final class ComparisonExport {

    private static final String[] READINGS = { "budget", "engagé", "réel", "coût à date", "reste à dépenser",
            "coût final estimé", "écart" };

    private ComparisonExport() {
    }

    static List<String> header() {
        List<String> h = new ArrayList<>(List.of("type", "bougé", "clé", "compte", "chapitre", "libellé"));
        for (String r : READINGS) {
            h.add(r + " (avant)");
            h.add(r + " (après)");
            h.add(r + " (delta)");
        }
        return h;
    }

    static List<Object[]> rows(ComparisonDto c) {
        List<Object[]> out = new ArrayList<>();
        for (ComparedLineDto l : c.lines()) {
            out.add(row("ligne", l));
        }
        for (ComparedLineDto ch : c.chapters()) {
            out.add(row("chapitre", ch));
        }
        out.add(row("total", c.total()));
        return out;
    }

    private static Object[] row(String type, ComparedLineDto l) {
        List<Object> cells = new ArrayList<>(List.of(type, l.moved() ? "oui" : "non", l.key(),
                l.accountCode() == null ? "" : l.accountCode(), l.chapterCode() == null ? "" : l.chapterCode(),
                l.label() == null ? "" : l.label()));
        List<BigDecimal> from = readings(l.from());
        List<BigDecimal> to = readings(l.to());
        List<BigDecimal> delta = readings(l.delta());
        for (int i = 0; i < READINGS.length; i++) {
            cells.add(from == null ? null : from.get(i));
            cells.add(to == null ? null : to.get(i));
            cells.add(delta.get(i));
        }
        return cells.toArray();
    }

    private static List<BigDecimal> readings(CostFiguresDto f) {
        if (f == null) {
            return null;
        }
        return List.of(f.budget(), f.committed(), f.actual(), f.costToDate(), f.estimateToComplete(),
                f.estimatedFinalCost(), f.variance()).stream().map(Money::amount).toList();
    }

    private static final String[] READINGS_EN = { "budget", "committed", "actual", "cost to date", "estimate to complete",
            "estimated final cost", "variance" };

    /** The same rows as the workbook, headers in the reader's language ({@link CsvExport}). */
    static String csv(ComparisonDto c, Lang lang) {
        List<Column> columns = new ArrayList<>(List.of(new Column("type", "type"), new Column("bougé", "moved"),
                new Column("clé", "key"), new Column("compte", "account"), new Column("chapitre", "chapter"),
                new Column("libellé", "label")));
        for (int i = 0; i < READINGS.length; i++) {
            columns.add(new Column(READINGS[i] + " (avant)", READINGS_EN[i] + " (before)"));
            columns.add(new Column(READINGS[i] + " (après)", READINGS_EN[i] + " (after)"));
            columns.add(new Column(READINGS[i] + " (delta)", READINGS_EN[i] + " (delta)"));
        }
        CsvExport csv = CsvExport.of(lang, columns);
        for (Object[] cells : rows(c)) {
            if (lang == Lang.en) {
                cells[0] = switch ((String) cells[0]) {
                    case "ligne" -> "line";
                    case "chapitre" -> "chapter";
                    default -> cells[0];
                };
                cells[1] = "oui".equals(cells[1]) ? "yes" : "no";
            }
            csv.row(cells);
        }
        return csv.toText();
    }

    static byte[] xlsx(ComparisonDto c) {
        ReportWorkbook book = new ReportWorkbook("Comparaison")
                .title("Comparaison de rapports de coûts", "")
                .title("Production", c.productionTitle())
                .title("Avant", side(c.from()))
                .title("Après", side(c.to()))
                .title("Lignes qui ont bougé", String.valueOf(c.linesMoved()))
                .title("Devise", c.currency())
                .header(header().toArray(String[]::new));
        List<Object[]> rows = rows(c);
        for (int i = 0; i < rows.size(); i++) {
            if (i < c.lines().size()) {
                book.row(rows.get(i));
            } else {
                book.subtotal(rows.get(i));
            }
        }
        return book.bytes();
    }

    static String side(ComparedReportDto s) {
        return s.snapshotId() == null ? "rapport actuel (V" + s.versionNumber() + ")"
                : "semaine se terminant le " + s.weekEnding() + " (V" + s.versionNumber() + ")";
    }
}
