package fr.bobine.budget.accounting;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.charset.Charset;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * A generic CSV journal for accounting software that does not read the FEC: one row per journal line, ';' between
 * fields, decimal comma without thousands separator, dates JJ/MM/AAAA, UTF-8, a header row, CR LF. A field holding ';',
 * a quote or a line break is quoted as RFC 4180 says. Same entries, same order and same numbers as the FEC.
 */
public final class JournalCsv {

    public static final List<String> COLUMNS = List.of("Journal", "N° écriture", "Date écriture", "Compte",
            "Libellé compte", "Compte auxiliaire", "Code analytique", "Pièce", "Date pièce", "Libellé", "Débit", "Crédit",
            "Lettrage");

    public static final Charset CHARSET = StandardCharsets.UTF_8;

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    public record Row(String journal, String entryNumber, LocalDate entryDate, String account, String accountLabel,
            String auxNumber, String analyticCode, String pieceRef, LocalDate pieceDate, String label, BigDecimal debit,
            BigDecimal credit, String lettering) {
    }

    private JournalCsv() {
    }

    public static String write(List<Row> rows) {
        StringBuilder out = new StringBuilder();
        appendRecord(out, COLUMNS);
        for (Row r : rows) {
            appendRecord(out, List.of(text(r.journal()), text(r.entryNumber()), DATE.format(r.entryDate()), text(r.account()),
                    text(r.accountLabel()), text(r.auxNumber()), text(r.analyticCode()), text(r.pieceRef()),
                    DATE.format(r.pieceDate()), text(r.label()), FecWriter.amount(r.debit()), FecWriter.amount(r.credit()),
                    text(r.lettering())));
        }
        return out.toString();
    }

    private static void appendRecord(StringBuilder out, List<String> fields) {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                out.append(';');
            }
            out.append(quoted(fields.get(i)));
        }
        out.append("\r\n");
    }

    private static String quoted(String field) {
        if (field.indexOf(';') < 0 && field.indexOf('"') < 0 && field.indexOf('\n') < 0 && field.indexOf('\r') < 0) {
            return field;
        }
        return '"' + field.replace("\"", "\"\"") + '"';
    }

    private static String text(String value) {
        return value == null ? "" : value.strip();
    }

    /** "journal-AAAAMMJJ-AAAAMMJJ.csv", after the period. */
    public static String fileName(LocalDate from, LocalDate to) {
        return "journal-" + DateTimeFormatter.BASIC_ISO_DATE.format(from) + "-" + DateTimeFormatter.BASIC_ISO_DATE.format(to)
                + ".csv";
    }
}
