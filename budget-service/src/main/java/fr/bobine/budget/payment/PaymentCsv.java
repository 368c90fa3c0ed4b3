package fr.bobine.budget.payment;

import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/**
 * Reads the payments file the accounting software exports: a header row naming the columns, then one bank payment per
 * row. Columns (in any order, names in English or French, case and accents ignored):
 * {@code reference} (optional; référence, ref), {@code paid_on} (date, date_paiement, date_reglement),
 * {@code supplier_siret} (siret), {@code invoice_number} (facture, numero_facture), {@code amount} (montant),
 * {@code currency} (optional, EUR when absent; devise), {@code label} (optional; libellé).
 * <p>
 * The separator is the header's: ';' (as French software writes), else a tab, else ','. A field may be quoted with
 * '"' (RFC 4180; a quoted field does not span lines). Amounts take a decimal comma or a decimal point, at most two
 * decimals, spaces as thousands separators and no other: "1 234,56", "1234.56"; an amount carrying both ',' and '.'
 * is refused rather than guessed, and so is "1,234" (three decimals). With ',' as separator a decimal comma needs
 * quotes. Dates are AAAA-MM-JJ, JJ/MM/AAAA or AAAAMMJJ. The text is UTF-8 (a BOM is skipped), else Windows-1252.
 */
public final class PaymentCsv {

    public static final int MAX_LINES = 20_000;

    /** One payment line as read, before it is matched to an invoice. Line numbers count the header as line 1. */
    public record Line(int number, String reference, LocalDate paidOn, String supplierSiret, String invoiceNumber,
            BigDecimal amount, String currency, String label) {

        /** The reference the line is recognised by: the software's own, else a digest of what it says. */
        public String externalRef() {
            return reference != null ? reference : digestRef(paidOn, supplierSiret, invoiceNumber, amount);
        }
    }

    public record LineError(int line, String reason) {
    }

    public record Parsed(List<Line> lines, List<LineError> errors) {
    }

    enum Column {
        REFERENCE(false, "reference", "paymentreference", "paymentref", "ref", "referencepaiement", "referencereglement"),
        PAID_ON(true, "paidon", "date", "paymentdate", "datepaiement", "datereglement"),
        SUPPLIER_SIRET(true, "suppliersiret", "siret", "siretfournisseur"),
        INVOICE_NUMBER(true, "invoicenumber", "invoice", "facture", "numerofacture", "nfacture", "nofacture"),
        AMOUNT(true, "amount", "montant"),
        CURRENCY(false, "currency", "devise"),
        LABEL(false, "label", "libelle");

        final boolean required;
        final List<String> names;

        Column(boolean required, String... names) {
            this.required = required;
            this.names = List.of(names);
        }
    }

    private static final List<DateTimeFormatter> DATES = List.of(DateTimeFormatter.ofPattern("uuuu-MM-dd"),
            DateTimeFormatter.ofPattern("dd/MM/uuuu"), DateTimeFormatter.ofPattern("uuuuMMdd"))
            .stream().map(f -> f.withResolverStyle(ResolverStyle.STRICT)).toList();

    private PaymentCsv() {
    }

    public static Parsed parse(byte[] content) {
        String text = decode(content);
        String[] rows = text.split("\r\n|\n|\r", -1);
        List<LineError> errors = new ArrayList<>();
        List<Line> lines = new ArrayList<>();
        int headerAt = 0;
        while (headerAt < rows.length && rows[headerAt].isBlank()) {
            headerAt++;
        }
        if (headerAt == rows.length) {
            errors.add(new LineError(1, "the file is empty: a header row and payment rows are expected"));
            return new Parsed(lines, errors);
        }
        String header = rows[headerAt];
        char separator = header.indexOf(';') >= 0 ? ';' : header.indexOf('\t') >= 0 ? '\t' : ',';
        List<String> names = split(header, separator);
        int[] index = new int[Column.values().length];
        java.util.Arrays.fill(index, -1);
        for (int i = 0; i < names.size(); i++) {
            String name = normalize(names.get(i));
            for (Column c : Column.values()) {
                if (c.names.contains(name)) {
                    if (index[c.ordinal()] >= 0) {
                        errors.add(new LineError(headerAt + 1, "column " + c.names.get(0) + " appears twice"));
                    }
                    index[c.ordinal()] = i;
                }
            }
        }
        for (Column c : Column.values()) {
            if (c.required && index[c.ordinal()] < 0) {
                errors.add(new LineError(headerAt + 1, "the header has no column " + c.names.get(0)));
            }
        }
        if (!errors.isEmpty()) {
            return new Parsed(lines, errors);
        }
        int read = 0;
        for (int r = headerAt + 1; r < rows.length; r++) {
            if (rows[r].isBlank()) {
                continue;
            }
            if (++read > MAX_LINES) {
                errors.add(new LineError(r + 1, "more than " + MAX_LINES + " payment rows: split the file"));
                break;
            }
            List<String> fields = split(rows[r], separator);
            if (fields.size() != names.size()) {
                errors.add(new LineError(r + 1, fields.size() + " fields where the header has " + names.size()));
                continue;
            }
            int before = errors.size();
            Line line = line(r + 1, fields, index, errors);
            if (errors.size() == before) {
                lines.add(line);
            }
        }
        if (read == 0 && errors.isEmpty()) {
            errors.add(new LineError(headerAt + 1, "the file has a header but no payment row"));
        }
        return new Parsed(lines, errors);
    }

    private static Line line(int number, List<String> fields, int[] index, List<LineError> errors) {
        String reference = field(fields, index, Column.REFERENCE);
        String dateText = field(fields, index, Column.PAID_ON);
        String siretText = field(fields, index, Column.SUPPLIER_SIRET);
        String invoice = field(fields, index, Column.INVOICE_NUMBER);
        String amountText = field(fields, index, Column.AMOUNT);
        String currency = field(fields, index, Column.CURRENCY);
        String label = field(fields, index, Column.LABEL);
        LocalDate paidOn = date(dateText);
        if (paidOn == null) {
            errors.add(new LineError(number, "bad date '" + nullToEmpty(dateText) + "': AAAA-MM-JJ, JJ/MM/AAAA or AAAAMMJJ"));
        }
        String siret = siretText == null ? "" : siretText.replaceAll("[\\s\\u00A0\\u202F]", "");
        if (!siret.matches("[0-9]{14}")) {
            errors.add(new LineError(number, "bad supplier SIRET '" + nullToEmpty(siretText) + "': 14 digits"));
        }
        if (invoice == null) {
            errors.add(new LineError(number, "no invoice number"));
        }
        BigDecimal amount = amount(amountText);
        if (amount == null) {
            errors.add(new LineError(number, "malformed amount '" + nullToEmpty(amountText)
                    + "': digits with a decimal comma or point and at most two decimals"));
        }
        String cur = currency == null ? "EUR" : currency.toUpperCase(Locale.ROOT);
        if (!cur.matches("[A-Z]{3}")) {
            errors.add(new LineError(number, "bad currency '" + currency + "': an ISO 4217 code"));
        }
        if (reference != null && reference.length() > 100) {
            errors.add(new LineError(number, "reference longer than 100 characters"));
        }
        return new Line(number, reference, paidOn, siret, invoice, amount, cur, label);
    }

    /** The amount, or null when it is not one: decimal comma or point, two decimals at most, spaces as thousands. */
    static BigDecimal amount(String text) {
        if (text == null) {
            return null;
        }
        String s = text.replaceAll("[\\s\\u00A0\\u202F]", "");
        if (s.indexOf(',') >= 0 && s.indexOf('.') >= 0) {
            return null;
        }
        s = s.replace(',', '.');
        if (!s.matches("[-+]?[0-9]+(\\.[0-9]{1,2})?")) {
            return null;
        }
        return new BigDecimal(s).setScale(2);
    }

    static LocalDate date(String text) {
        if (text == null) {
            return null;
        }
        for (DateTimeFormatter f : DATES) {
            try {
                return LocalDate.parse(text, f);
            } catch (DateTimeParseException next) {
                // try the next format
            }
        }
        return null;
    }

    /** "sha256:" and the hex digest of date|SIRET|invoice number|amount: what identifies a line without a reference. */
    public static String digestRef(LocalDate paidOn, String siret, String invoiceNumber, BigDecimal amount) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            String key = paidOn + "|" + siret + "|" + invoiceNumber.strip().toUpperCase(Locale.ROOT) + "|"
                    + amount.setScale(2).toPlainString();
            return "sha256:" + HexFormat.of().formatHex(sha.digest(key.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String field(List<String> fields, int[] index, Column c) {
        int i = index[c.ordinal()];
        if (i < 0) {
            return null;
        }
        String v = fields.get(i).strip();
        return v.isEmpty() ? null : v;
    }

    /** Splits a row on the separator, honouring '"' quotes ("" inside quotes is one quote). */
    static List<String> split(String row, char separator) {
        List<String> out = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < row.length(); i++) {
            char c = row.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < row.length() && row.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"' && field.toString().isBlank()) {
                field.setLength(0);
                quoted = true;
            } else if (c == separator) {
                out.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        out.add(field.toString());
        return out;
    }

    private static String normalize(String name) {
        String n = Normalizer.normalize(name.strip().toLowerCase(Locale.ROOT), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "");
        return n.replaceAll("[^a-z0-9]", "");
    }

    private static String decode(byte[] content) {
        byte[] bytes = content;
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            bytes = java.util.Arrays.copyOfRange(bytes, 3, bytes.length);
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException notUtf8) {
            return new String(bytes, Charset.forName("windows-1252"));
        }
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
