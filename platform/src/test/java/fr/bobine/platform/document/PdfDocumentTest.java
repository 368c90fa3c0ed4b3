package fr.bobine.platform.document;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import fr.bobine.platform.money.Money;

class PdfDocumentTest {

    @Test
    void amountsAreFrenchAndExact() {
        assertEquals("1 200 000,00 EUR", PdfDocument.money(Money.of("1200000.00", "EUR")));
        assertEquals("-137,91", PdfDocument.amount(new BigDecimal("-137.91")));
        assertEquals("33,34", PdfDocument.amount(new BigDecimal("33.34")));
        assertEquals("100,00", PdfDocument.amount(new BigDecimal("100")));
    }

    @Test
    void frenchAccentsStayAndUnencodableCharactersAreReplaced() {
        assertEquals("é è à ç œ € 'x' - ?", PdfDocument.sanitize("é è à ç œ € \u2019x\u2019 \u2014 \u4e2d"));
        assertEquals("A", PdfDocument.sanitize("\u0100"));
    }
}
