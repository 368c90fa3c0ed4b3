package fr.bobine.platform.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

import fr.bobine.platform.csv.CsvExport.Column;
import fr.bobine.platform.csv.CsvExport.Lang;
import fr.bobine.platform.money.Money;

class CsvExportTest {

    private static final Column LABEL = new Column("libellé", "label");
    private static final Column AMOUNT = new Column("montant", "amount");
    private static final Column DATE = new Column("date", "date");

    static List<CSVRecord> parse(byte[] file) throws IOException {
        String text = new String(file, StandardCharsets.UTF_8);
        assertEquals(CsvExport.BOM, text.charAt(0), "the file starts with the UTF-8 byte-order mark");
        return CSVFormat.Builder.create().setDelimiter(';').get().parse(new StringReader(text.substring(1))).getRecords();
    }

    @Test
    void aLabelThatLooksLikeAFormulaOpensAsText() throws IOException {
        byte[] file = CsvExport.of(Lang.fr, LABEL, AMOUNT).row("=1+1", Money.eur("-12.50")).row("@SUM(A1)", null)
                .row("+33 1 23", BigDecimal.ONE).row("-rabais", BigDecimal.TEN).row("\tcaché", BigDecimal.ZERO).toBytes();
        List<CSVRecord> records = parse(file);
        assertEquals("'=1+1", records.get(1).get(0));
        assertEquals("'@SUM(A1)", records.get(2).get(0));
        assertEquals("'+33 1 23", records.get(3).get(0));
        assertEquals("'-rabais", records.get(4).get(0));
        assertEquals("'\tcaché", records.get(5).get(0));
        // a negative amount is a number, not a formula: written as is
        assertEquals("-12,50", records.get(1).get(1));
    }

    @Test
    void frenchHeaderDecimalCommaAndFrenchDates() throws IOException {
        byte[] file = CsvExport.of(Lang.fr, LABEL, AMOUNT, DATE)
                .row("Décors; extérieurs \"nuit\"", Money.eur("1234.56"), LocalDate.of(2027, 3, 1)).toBytes();
        List<CSVRecord> records = parse(file);
        assertEquals(List.of("libellé", "montant", "date"), records.get(0).toList());
        assertEquals(List.of("Décors; extérieurs \"nuit\"", "1234,56", "01/03/2027"), records.get(1).toList());
    }

    @Test
    void englishHeaderDecimalPointAndIsoDates() throws IOException {
        byte[] file = CsvExport.of(Lang.en, LABEL, AMOUNT, DATE).row("Sets", new BigDecimal("0.011000"), LocalDate.of(2027, 3, 1))
                .toBytes();
        List<CSVRecord> records = parse(file);
        assertEquals(List.of("label", "amount", "date"), records.get(0).toList());
        assertEquals(List.of("Sets", "0.011000", "2027-03-01"), records.get(1).toList());
    }

    @Test
    void rowsEndWithCrLfAndBooleansAndNullsAreWords() {
        String text = new String(CsvExport.of(Lang.fr, Column.code("code"), Column.code("ok")).row("A", true).row(null, false)
                .toBytes(), StandardCharsets.UTF_8);
        // an empty first field is quoted, so that the line is not taken for an empty one
        assertEquals("\uFEFFcode;ok\r\nA;oui\r\n\"\";non\r\n", text);
    }

    @Test
    void aRowMustHaveOneCellPerColumn() {
        assertThrows(IllegalArgumentException.class, () -> CsvExport.of(Lang.fr, LABEL, AMOUNT).row("only one"));
    }
}
