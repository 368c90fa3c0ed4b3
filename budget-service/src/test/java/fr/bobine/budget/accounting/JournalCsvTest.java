package fr.bobine.budget.accounting;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

class JournalCsvTest {

    static BigDecimal d(String s) {
        return new BigDecimal(s);
    }

    @Test
    void oneRowPerLineSemicolonsDecimalCommaFrenchDatesAndQuotesOnlyWhenNeeded() {
        LocalDate may30 = LocalDate.of(2027, 5, 30);
        String text = JournalCsv.write(List.of(
                new JournalCsv.Row("BQ", "BQ000004", may30, "401", "Fournisseurs", "F391244780", null, "VIR-0530-01", may30,
                        "Règlement Caméras du Ponant; \"loc\" TPX-27-0412", d("31200.00"), d("0.00"), "AAA"),
                new JournalCsv.Row("BQ", "BQ000004", may30, "512", "Banques", null, null, "VIR-0530-01", may30,
                        "Règlement Caméras du Ponant", d("0.00"), d("31200.00"), null)));
        assertEquals('\uFEFF', text.charAt(0));
        String[] rows = text.substring(1).split("\r\n");
        assertEquals("Journal;N° écriture;Date écriture;Compte;Libellé compte;Compte auxiliaire;Code analytique;Pièce;"
                + "Date pièce;Libellé;Débit;Crédit;Lettrage", rows[0]);
        assertEquals("BQ;BQ000004;30/05/2027;401;Fournisseurs;F391244780;;VIR-0530-01;30/05/2027;"
                + "\"Règlement Caméras du Ponant; \"\"loc\"\" TPX-27-0412\";31200,00;0,00;AAA", rows[1]);
        assertEquals("BQ;BQ000004;30/05/2027;512;Banques;;;VIR-0530-01;30/05/2027;Règlement Caméras du Ponant;0,00;"
                + "31200,00;", rows[2]);
        assertEquals("journal-20270101-20271231.csv", JournalCsv.fileName(LocalDate.of(2027, 1, 1),
                LocalDate.of(2027, 12, 31)));
    }
}
