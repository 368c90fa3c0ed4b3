package fr.bobine.platform.money;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

class DecimalStringTest {

    @Test
    void aRateIsWrittenWithSixDecimalsAndNullStaysNull() {
        assertEquals("0.250000", DecimalString.rate(new BigDecimal("0.25")));
        assertEquals("1.000000", DecimalString.rate(BigDecimal.ONE));
        assertEquals("0.000001", DecimalString.rate(new BigDecimal("0.000001")));
        assertNull(DecimalString.rate(null));
        // a seventh decimal is refused on the way in, so it never reaches the wire rounded
        assertThrows(ArithmeticException.class, () -> DecimalString.rate(new BigDecimal("0.0000001")));
    }

    @Test
    void aRateReadsAsAPercentageInASentence() {
        assertEquals("20 %", DecimalString.percent(new BigDecimal("0.200000")));
        assertEquals("5.5 %", DecimalString.percent(new BigDecimal("0.055")));
        assertEquals("100 %", DecimalString.percent(new BigDecimal("1.00")));
        assertEquals("0 %", DecimalString.percent(BigDecimal.ZERO));
    }
}
