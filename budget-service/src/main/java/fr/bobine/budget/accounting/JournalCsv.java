package fr.bobine.budget.accounting;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.charset.Charset;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;

import fr.bobine.platform.csv.CsvExport;

/**
 * A generic CSV journal for accounting software that does not read the FEC, written as every Bobine CSV is
 * ({@link CsvExport}, in French: ';', UTF-8 with BOM, decimal comma with two decimals and no thousands separator, dates
 * JJ/MM/AAAA, quotes only where needed, text a spreadsheet would evaluate kept as text) under the column names the
 * accounting software maps, the same in every language. Same entries, same order and same numbers as the FEC.
 */
public final class JournalCsv {

    public static final List<String> COLUMNS = List.of("Journal", "N° écriture", "Date écriture", "Compte",
            "Libellé compte", "Compte auxiliaire", "Code analytique", "Pièce", "Date pièce", "Libellé", "Débit", "Crédit",
            "Lettrage");

    public static final Charset CHARSET = StandardCharsets.UTF_8;

    public record Row(String journal, String entryNumber, LocalDate entryDate, String account, String accountLabel,
            String auxNumber, String analyticCode, String pieceRef, LocalDate pieceDate, String label, BigDecimal debit,
            BigDecimal credit, String lettering) {
    }

    private JournalCsv() {
    }

    public static String write(List<Row> rows) {
        CsvExport csv = CsvExport.of(CsvExport.Lang.fr, COLUMNS.stream().map(CsvExport.Column::code).toList());
        for (Row r : rows) {
            csv.row(text(r.journal()), text(r.entryNumber()), r.entryDate(), text(r.account()), text(r.accountLabel()),
                    text(r.auxNumber()), text(r.analyticCode()), text(r.pieceRef()), r.pieceDate(), text(r.label()),
                    cents(r.debit()), cents(r.credit()), text(r.lettering()));
        }
        return csv.toText();
    }

    private static BigDecimal cents(BigDecimal value) {
        return (value == null ? BigDecimal.ZERO : value).setScale(2, java.math.RoundingMode.UNNECESSARY);
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
