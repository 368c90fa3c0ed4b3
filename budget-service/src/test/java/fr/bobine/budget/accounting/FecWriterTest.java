package fr.bobine.budget.accounting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import fr.bobine.budget.accounting.FecWriter.Entry;
import fr.bobine.budget.accounting.FecWriter.Movement;

class FecWriterTest {

    static BigDecimal d(String s) {
        return new BigDecimal(s);
    }

    /** A purchase invoice: net 12 000.00 + VAT 20 % 2 400.00 = gross 14 400.00 owed to the supplier. */
    static Entry invoice() {
        return new Entry("AC", "Achats", "AC000001", LocalDate.of(2027, 3, 15), "FA-2027-118", LocalDate.of(2027, 3, 12),
                "Loueur Lumière | location caméra", LocalDate.of(2027, 3, 16), List.of(
                        new Movement("6135", "Locations mobilières", null, null, d("12000.00"), null),
                        new Movement("44566", "TVA sur autres biens et services", null, null, d("2400.00"), null),
                        new Movement("401", "Fournisseurs", "F0001", "Loueur Lumière", null, d("14400.00"))));
    }

    @Test
    void headerHasTheEighteenFieldsOfA47A1InOrder() {
        String[] lines = FecWriter.write(List.of(invoice())).split("\r\n");
        assertEquals("JournalCode|JournalLib|EcritureNum|EcritureDate|CompteNum|CompteLib|CompAuxNum|CompAuxLib|PieceRef|"
                + "PieceDate|EcritureLib|Debit|Credit|EcritureLet|DateLet|ValidDate|Montantdevise|Idevise", lines[0]);
        assertEquals(18, lines[0].split("\\|", -1).length);
    }

    @Test
    void eachMovementIsOneRecordWithCompactDatesAndDecimalComma() {
        String text = FecWriter.write(List.of(invoice()));
        assertTrue(text.endsWith("\r\n"));
        String[] lines = text.split("\r\n");
        assertEquals(4, lines.length);
        assertEquals("AC|Achats|AC000001|20270315|6135|Locations mobilières|||FA-2027-118|20270312|"
                + "Loueur Lumière / location caméra|12000,00|0,00|||20270316||", lines[1]);
        assertEquals("AC|Achats|AC000001|20270315|401|Fournisseurs|F0001|Loueur Lumière|FA-2027-118|20270312|"
                + "Loueur Lumière / location caméra|0,00|14400,00|||20270316||", lines[3]);
        for (String line : lines) {
            assertEquals(18, line.split("\\|", -1).length, line);
        }
        // debit 12 000.00 + 2 400.00 = 14 400.00 = credit
        BigDecimal debit = BigDecimal.ZERO;
        BigDecimal credit = BigDecimal.ZERO;
        for (int i = 1; i < lines.length; i++) {
            String[] f = lines[i].split("\\|", -1);
            debit = debit.add(new BigDecimal(f[11].replace(',', '.')));
            credit = credit.add(new BigDecimal(f[12].replace(',', '.')));
        }
        assertEquals(d("14400.00"), debit);
        assertEquals(d("14400.00"), credit);
    }

    @Test
    void amountsHaveNoThousandsSeparator() {
        assertEquals("1234567,80", FecWriter.amount(d("1234567.8")));
        assertEquals("-3,05", FecWriter.amount(d("-3.05")));
    }

    @Test
    void unbalancedEntryIsRefused() {
        Entry e = new Entry("AC", "Achats", "AC000002", LocalDate.of(2027, 3, 15), "X", LocalDate.of(2027, 3, 15), "x",
                LocalDate.of(2027, 3, 15), List.of(new Movement("6135", "L", null, null, d("100.00"), null),
                        new Movement("401", "F", null, null, null, d("99.99"))));
        IllegalArgumentException ex = assertThrows(IllegalArgumentException.class, () -> FecWriter.write(List.of(e)));
        assertEquals("entry AC000002 is not balanced: debit 100.00, credit 99.99", ex.getMessage());
    }

    @Test
    void accountMustStartWithThreePcgDigits() {
        Entry e = new Entry("AC", "Achats", "AC000003", LocalDate.of(2027, 3, 15), "X", LocalDate.of(2027, 3, 15), "x",
                LocalDate.of(2027, 3, 15), List.of(new Movement("CAM", "L", null, null, d("1.00"), null),
                        new Movement("401", "F", null, null, null, d("1.00"))));
        assertThrows(IllegalArgumentException.class, () -> FecWriter.write(List.of(e)));
    }

    @Test
    void fileNameIsSirenFecAndTheClosingDate() {
        assertEquals("732829320FEC20271231.txt", FecWriter.fileName("732829320", LocalDate.of(2027, 12, 31)));
        assertThrows(IllegalArgumentException.class, () -> FecWriter.fileName("73282932000074", LocalDate.of(2027, 12, 31)));
    }

    @Test
    void textEncodesInIso885915() {
        byte[] bytes = FecWriter.write(List.of(invoice())).getBytes(FecWriter.CHARSET);
        String back = new String(bytes, FecWriter.CHARSET);
        assertTrue(back.contains("Locations mobilières"));
    }

    @Test
    void aLetteredLineCarriesItsCodeAndDateInEcritureLetAndDateLet() {
        // the bank entry that settles the invoice: 401 debit 14 400.00 lettered AAA on 2027-04-30, 512 credit
        Entry payment = new Entry("BQ", "Banque", "BQ000002", LocalDate.of(2027, 4, 30), "VIR-0430", LocalDate.of(2027, 4, 30),
                "Règlement Loueur Lumière", LocalDate.of(2027, 5, 2), List.of(
                        new Movement("401", "Fournisseurs", "F0001", "Loueur Lumière", d("14400.00"), null, "AAA",
                                LocalDate.of(2027, 4, 30)),
                        new Movement("512", "Banques", null, null, null, d("14400.00"))));
        String[] lines = FecWriter.write(List.of(payment)).split("\r\n");
        String[] supplier = lines[1].split("\\|", -1);
        assertEquals("AAA", supplier[13]);
        assertEquals("20270430", supplier[14]);
        String[] bank = lines[2].split("\\|", -1);
        assertEquals("", bank[13]);
        assertEquals("", bank[14]);
    }
}
