package fr.bobine.budget.accounting;

import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Writes the Fichier des Écritures Comptables: the 18 fields of a company taxed on commercial profits, in order, a
 * header line with the field names, "|" between fields, dates AAAAMMJJ, decimal comma without thousands separator,
 * records ended by CR LF, ISO 8859-15 text, each entry balanced.
 * Source: LPF art. L47 A and A47 A-1 (points III, VI and VII); file name per BOI-CF-IOR-60-40-20.
 */
public final class FecWriter {

    public static final List<String> COLUMNS = List.of("JournalCode", "JournalLib", "EcritureNum", "EcritureDate",
            "CompteNum", "CompteLib", "CompAuxNum", "CompAuxLib", "PieceRef", "PieceDate", "EcritureLib", "Debit", "Credit",
            "EcritureLet", "DateLet", "ValidDate", "Montantdevise", "Idevise");

    public static final Charset CHARSET = Charset.forName("ISO-8859-15");

    private static final DateTimeFormatter DATE = DateTimeFormatter.BASIC_ISO_DATE;

    /**
     * One line of an entry: a debit or a credit on a PCG account, with the supplier sub-ledger when there is one and,
     * once the invoice it belongs to is settled, its lettering code and date (EcritureLet, DateLet).
     */
    public record Movement(String compteNum, String compteLib, String compAuxNum, String compAuxLib, BigDecimal debit,
            BigDecimal credit, String lettering, LocalDate letteredOn) {

        public Movement(String compteNum, String compteLib, String compAuxNum, String compAuxLib, BigDecimal debit,
                BigDecimal credit) {
            this(compteNum, compteLib, compAuxNum, compAuxLib, debit, credit, null, null);
        }
    }

    public record Entry(String journalCode, String journalLib, String ecritureNum, LocalDate ecritureDate, String pieceRef,
            LocalDate pieceDate, String ecritureLib, LocalDate validDate, List<Movement> movements) {
    }

    private FecWriter() {
    }

    /** {@code <SIREN>FEC<closing date AAAAMMJJ>.txt}, the date being the financial year's closing date. */
    public static String fileName(String siren, LocalDate closingDate) {
        if (siren == null || !siren.matches("[0-9]{9}")) {
            throw new IllegalArgumentException("a SIREN has 9 digits");
        }
        return siren + "FEC" + DATE.format(closingDate) + ".txt";
    }

    /** The file's text; entries must already be in the order of their validation and numbered without gaps. */
    public static String write(List<Entry> entries) {
        StringBuilder out = new StringBuilder();
        out.append(String.join("|", COLUMNS)).append("\r\n");
        for (Entry e : entries) {
            requireBalanced(e);
            for (Movement m : e.movements()) {
                if (m.compteNum() == null || !m.compteNum().matches("[0-9]{3}[0-9A-Za-z]*")) {
                    throw new IllegalArgumentException("account " + m.compteNum() + " does not start with 3 PCG digits");
                }
                String[] fields = { e.journalCode(), e.journalLib(), e.ecritureNum(), DATE.format(e.ecritureDate()),
                        m.compteNum(), m.compteLib(), m.compAuxNum(), m.compAuxLib(), e.pieceRef(),
                        DATE.format(e.pieceDate()), e.ecritureLib(), amount(m.debit()), amount(m.credit()), m.lettering(),
                        m.letteredOn() == null ? "" : DATE.format(m.letteredOn()),
                        DATE.format(e.validDate()), "", "" };
                for (int i = 0; i < fields.length; i++) {
                    if (i > 0) {
                        out.append('|');
                    }
                    out.append(text(fields[i]));
                }
                out.append("\r\n");
            }
        }
        return out.toString();
    }

    /** 1234.5 becomes "1234,50": decimal comma, two decimals, no thousands separator. */
    public static String amount(BigDecimal value) {
        BigDecimal v = value == null ? BigDecimal.ZERO : value;
        return v.setScale(2, java.math.RoundingMode.UNNECESSARY).toPlainString().replace('.', ',');
    }

    static void requireBalanced(Entry e) {
        if (e.movements().size() < 2) {
            throw new IllegalArgumentException("entry " + e.ecritureNum() + " has fewer than two movements");
        }
        BigDecimal debit = BigDecimal.ZERO;
        BigDecimal credit = BigDecimal.ZERO;
        for (Movement m : e.movements()) {
            debit = debit.add(m.debit() == null ? BigDecimal.ZERO : m.debit());
            credit = credit.add(m.credit() == null ? BigDecimal.ZERO : m.credit());
        }
        if (debit.compareTo(credit) != 0) {
            throw new IllegalArgumentException("entry " + e.ecritureNum() + " is not balanced: debit "
                    + debit.toPlainString() + ", credit " + credit.toPlainString());
        }
    }

    /** A field never carries the separator nor a line break. */
    private static String text(String value) {
        return value == null ? "" : value.replace('|', '/').replace('\r', ' ').replace('\n', ' ').strip();
    }
}
