package fr.bobine.budget.payment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

class PaymentCsvTest {

    static PaymentCsv.Parsed parse(String text) {
        return PaymentCsv.parse(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void frenchExportWithSemicolonsDecimalCommaAndFrenchHeadersIsRead() {
        PaymentCsv.Parsed p = parse("""
                Référence;Date;SIRET;Facture;Montant;Devise;Libellé
                VIR-0530-01;30/05/2027;391 244 780 00014;TPX-27-0412;31 200,00;EUR;Caméras du Ponant
                VIR-0530-02;2027-05-30;44306184100047;LDO-27-118;10000,5;;Lumières de l'Ouest
                """);
        assertEquals(List.of(), p.errors());
        assertEquals(2, p.lines().size());
        PaymentCsv.Line first = p.lines().get(0);
        // the header is line 1: the first payment is line 2
        assertEquals(2, first.number());
        assertEquals("VIR-0530-01", first.reference());
        assertEquals(LocalDate.of(2027, 5, 30), first.paidOn());
        assertEquals("39124478000014", first.supplierSiret());
        assertEquals("TPX-27-0412", first.invoiceNumber());
        assertEquals(new BigDecimal("31200.00"), first.amount());
        assertEquals("EUR", first.currency());
        // "10000,5" is 10 000.50; an empty currency is EUR
        assertEquals(new BigDecimal("10000.50"), p.lines().get(1).amount());
        assertEquals("EUR", p.lines().get(1).currency());
        assertEquals("Lumières de l'Ouest", p.lines().get(1).label());
    }

    @Test
    void commaSeparatedFileTakesDecimalPointsAndQuotedDecimalCommas() {
        PaymentCsv.Parsed p = parse("""
                paid_on,supplier_siret,invoice_number,amount,currency
                20270530,39124478000014,TPX-27-0412,1234.56,EUR
                2027-05-31,39124478000014,"TPX-27-0413, avoir",\"1 234,56\",eur
                """);
        assertEquals(List.of(), p.errors());
        assertEquals(new BigDecimal("1234.56"), p.lines().get(0).amount());
        assertEquals(new BigDecimal("1234.56"), p.lines().get(1).amount());
        assertEquals("TPX-27-0413, avoir", p.lines().get(1).invoiceNumber());
        assertEquals("EUR", p.lines().get(1).currency());
        assertNull(p.lines().get(0).reference());
    }

    @Test
    void ambiguousOrMalformedAmountsAreRefusedRatherThanGuessed() {
        // both separators, three decimals (a thousands comma read as decimal would be 1.234), letters, empty
        assertNull(PaymentCsv.amount("1.234,56"));
        assertNull(PaymentCsv.amount("1,234"));
        assertNull(PaymentCsv.amount("12O,00"));
        assertNull(PaymentCsv.amount(""));
        assertEquals(new BigDecimal("-5.00"), PaymentCsv.amount("-5"));
        assertEquals(new BigDecimal("1234567.80"), PaymentCsv.amount("1\u202F234\u00A0567,8"));
    }

    @Test
    void everyBadLineIsReportedWithItsNumberAndReason() {
        PaymentCsv.Parsed p = parse("""
                reference;paid_on;supplier_siret;invoice_number;amount
                R1;31/02/2027;39124478000014;A-1;100,00
                R2;2027-05-30;3912447800001;A-2;100,00
                R3;2027-05-30;39124478000014;;1.000,00

                R4;2027-05-30;39124478000014;A-4
                R5;2027-05-30;39124478000014;A-5;50,00
                """);
        assertEquals(List.of(
                new PaymentCsv.LineError(2, "bad date '31/02/2027': AAAA-MM-JJ, JJ/MM/AAAA or AAAAMMJJ"),
                new PaymentCsv.LineError(3, "bad supplier SIRET '3912447800001': 14 digits"),
                new PaymentCsv.LineError(4, "no invoice number"),
                new PaymentCsv.LineError(4, "malformed amount '1.000,00': digits with a decimal comma or point and at most "
                        + "two decimals"),
                new PaymentCsv.LineError(6, "4 fields where the header has 5")), p.errors());
        // the blank line 5 is skipped; line 7 is good
        assertEquals(1, p.lines().size());
        assertEquals(7, p.lines().get(0).number());
    }

    @Test
    void aHeaderWithoutTheRequiredColumnsRefusesTheFile() {
        PaymentCsv.Parsed p = parse("date;montant\n2027-05-30;100,00\n");
        assertEquals(List.of(new PaymentCsv.LineError(1, "the header has no column suppliersiret"),
                new PaymentCsv.LineError(1, "the header has no column invoicenumber")), p.errors());
        assertEquals(List.of(new PaymentCsv.LineError(1, "the file is empty: a header row and payment rows are expected")),
                parse("\n\n").errors());
    }

    @Test
    void aByteOrderMarkIsSkippedAndWindows1252IsReadWhenTheBytesAreNotUtf8() {
        byte[] bom = "\uFEFFdate;siret;facture;montant\n2027-05-30;39124478000014;F-1;12,00\n"
                .getBytes(StandardCharsets.UTF_8);
        assertEquals(1, PaymentCsv.parse(bom).lines().size());
        byte[] ansi = "date;siret;facture;montant;libellé\n2027-05-30;39124478000014;F-1;12,00;Régie\n"
                .getBytes(Charset.forName("windows-1252"));
        PaymentCsv.Parsed p = PaymentCsv.parse(ansi);
        assertEquals(List.of(), p.errors());
        assertEquals("Régie", p.lines().get(0).label());
    }

    @Test
    void aLineWithoutReferenceIsKnownByTheDigestOfDateSupplierInvoiceAndAmount() {
        String a = PaymentCsv.digestRef(LocalDate.of(2027, 5, 30), "39124478000014", "tpx-27-0412", new BigDecimal("31200"));
        String b = PaymentCsv.digestRef(LocalDate.of(2027, 5, 30), "39124478000014", "TPX-27-0412 ", new BigDecimal("31200.00"));
        assertEquals(a, b);
        assertTrue(a.matches("sha256:[0-9a-f]{64}"));
        assertNotEquals(a, PaymentCsv.digestRef(LocalDate.of(2027, 5, 30), "39124478000014", "TPX-27-0412",
                new BigDecimal("31200.01")));
        PaymentCsv.Line line = parse("date;siret;facture;montant\n30/05/2027;39124478000014;TPX-27-0412;31200,00\n")
                .lines().get(0);
        assertEquals(a, line.externalRef());
    }
}
