package fr.bobine.platform.csv;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;

import fr.bobine.platform.money.Money;

/**
 * The one way Bobine writes a CSV file that people open in a spreadsheet: UTF-8 with a byte-order mark (so Excel reads
 * accents right), {@code ;} between fields, CRLF line ends, quotes only where needed, and the header in the reader's
 * language. Numbers are written as the language writes them: decimal comma and {@code dd/mm/yyyy} dates in French,
 * decimal point and ISO dates in English. Text that a spreadsheet would evaluate as a formula (starting with {@code =},
 * {@code +}, {@code -}, {@code @}, a tab or a carriage return) is written with a leading apostrophe, so it opens as
 * text (OWASP "CSV injection"); numbers are never touched. Legal interchange formats (the FEC) keep their own rules
 * and do not use this class.
 */
public final class CsvExport {

    /**
     * The language of the header and of numbers and dates: {@code ?lang=fr|en} on every CSV download, French by
     * default. The constants are spelt as on the wire (ISO 639-1), which is why they are lower case.
     */
    public enum Lang {
        fr, en
    }

    /** A column: its header in French and in English. */
    public record Column(String fr, String en) {

        /** A column whose header is a code read by software, the same in both languages. */
        public static Column code(String name) {
            return new Column(name, name);
        }
    }

    public static final String MEDIA_TYPE = "text/csv; charset=UTF-8";
    static final char BOM = '\uFEFF';
    private static final CSVFormat FORMAT = CSVFormat.Builder.create()
            .setDelimiter(';')
            .setQuote('"')
            .setQuoteMode(QuoteMode.MINIMAL)
            .setRecordSeparator("\r\n")
            .get();
    private static final DateTimeFormatter FRENCH_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final Lang lang;
    /** The tables of the file, each its header and rows; most files have one. */
    private final List<Table> tables = new ArrayList<>();

    private record Table(List<Column> columns, List<List<String>> rows) {
    }

    private CsvExport(Lang lang, List<Column> columns) {
        this.lang = lang;
        table(columns);
    }

    /**
     * Starts a second table in the same file, after an empty line, with its own header: the detail behind the first
     * one's figures (the movements behind each week of a cash-flow plan).
     */
    public CsvExport table(List<Column> columns) {
        tables.add(new Table(List.copyOf(columns), new ArrayList<>()));
        return this;
    }

    public static CsvExport of(Lang lang, List<Column> columns) {
        return new CsvExport(lang, columns);
    }

    public static CsvExport of(Lang lang, Column... columns) {
        return of(lang, List.of(columns));
    }

    /** {@code ?lang=} as sent ({@code fr}, {@code en}), French when absent. */
    public static Lang lang(String value) {
        return value == null || value.isBlank() ? Lang.fr : Lang.valueOf(value);
    }

    public Lang lang() {
        return lang;
    }

    /**
     * One row, a cell per column: text ({@link String}, neutralised), exact numbers ({@link BigDecimal},
     * {@link Money}'s amount, integers), dates ({@link LocalDate}), booleans (oui/non, yes/no); null is empty.
     */
    public CsvExport row(Object... cells) {
        Table table = tables.get(tables.size() - 1);
        if (cells.length != table.columns().size()) {
            throw new IllegalArgumentException("a row of " + cells.length + " cells for " + table.columns().size() + " columns");
        }
        List<String> row = new ArrayList<>(cells.length);
        for (Object cell : cells) {
            row.add(cell(cell));
        }
        table.rows().add(row);
        return this;
    }

    /** The file as text, its byte-order mark first, for a JAX-RS {@code String} entity sent as UTF-8. */
    public String toText() {
        return new String(toBytes(), StandardCharsets.UTF_8);
    }

    String cell(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Money money) {
            return number(money.amount());
        }
        if (value instanceof BigDecimal decimal) {
            return number(decimal);
        }
        if (value instanceof Integer || value instanceof Long || value instanceof Short) {
            return value.toString();
        }
        if (value instanceof LocalDate date) {
            return lang == Lang.fr ? FRENCH_DATE.format(date) : date.toString();
        }
        if (value instanceof Boolean b) {
            return lang == Lang.fr ? (b ? "oui" : "non") : (b ? "yes" : "no");
        }
        if (value instanceof Enum<?> e) {
            return e.name();
        }
        return neutralised(value.toString());
    }

    private String number(BigDecimal value) {
        String plain = value.toPlainString();
        return lang == Lang.fr ? plain.replace('.', ',') : plain;
    }

    /** Text a spreadsheet would take for a formula, prefixed with an apostrophe so that it stays text. */
    public static String neutralised(String text) {
        if (text.isEmpty()) {
            return text;
        }
        char first = text.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + text
                : text;
    }

    /** The file: BOM, then each table's header and rows. */
    public byte[] toBytes() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (OutputStreamWriter writer = new OutputStreamWriter(bytes, StandardCharsets.UTF_8);
                CSVPrinter printer = new CSVPrinter(writer, FORMAT)) {
            writer.write(BOM);
            for (int t = 0; t < tables.size(); t++) {
                if (t > 0) {
                    printer.println();
                }
                printer.printRecord(tables.get(t).columns().stream().map(c -> lang == Lang.fr ? c.fr() : c.en()).toList());
                for (List<String> row : tables.get(t).rows()) {
                    printer.printRecord(row);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** {@code attachment; filename="name"}, for the Content-Disposition of a download. */
    public static String attachment(String fileName) {
        return "attachment; filename=\"" + fileName.replace("\"", "") + "\"";
    }
}
