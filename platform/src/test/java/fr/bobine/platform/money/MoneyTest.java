package fr.bobine.platform.money;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;

class MoneyTest {

    private final ObjectMapper mapper = new ObjectMapper();

    @Test
    void serialisesAmountAsDecimalString() throws Exception {
        assertEquals("{\"amount\":\"2587.53\",\"currency\":\"EUR\"}", mapper.writeValueAsString(Money.eur("2587.53")));
    }

    @Test
    void readsAmountFromDecimalString() throws Exception {
        Money money = mapper.readValue("{\"amount\":\"1234.50\",\"currency\":\"EUR\"}", Money.class);
        assertEquals(Money.eur("1234.5"), money);
        assertEquals("1234.50", money.amount().toPlainString());
    }

    @Test
    void refusesAmountAsJsonNumberSoNoFloatEverCarriesMoney() {
        var e = assertThrows(InvalidFormatException.class,
                () -> mapper.readValue("{\"amount\":12.5,\"currency\":\"EUR\"}", Money.class));
        assertTrue(e.getOriginalMessage().contains("decimal string"), e.getOriginalMessage());
    }

    @Test
    void refusesNaNInfinityAndExponents() {
        for (String amount : new String[] { "NaN", "Infinity", "1e3", "12,50", "" }) {
            assertThrows(InvalidFormatException.class,
                    () -> mapper.readValue("{\"amount\":\"" + amount + "\",\"currency\":\"EUR\"}", Money.class), amount);
        }
    }

    @Test
    void refusesMoreDecimalsThanTheCurrencyHas() {
        assertThrows(IllegalArgumentException.class, () -> Money.eur("10.005"));
        assertThrows(IllegalArgumentException.class, () -> Money.of("100.5", "JPY"));
        assertEquals(Money.of("1.234", "TND"), Money.of("1.234", "TND"));
        assertEquals(Money.eur("10.5"), Money.eur("10.500"), "trailing zeros are not extra decimals");
    }

    @Test
    void refusesUnknownCurrency() {
        assertThrows(IllegalArgumentException.class, () -> Money.of("1", "EUX"));
        assertThrows(IllegalArgumentException.class, () -> Money.of("1", "eur"));
    }

    @Test
    void addsExactlyAndRefusesMixedCurrencies() {
        // 0.10 + 0.20 is 0.30 exactly, which a double would not give.
        assertEquals(Money.eur("0.30"), Money.eur("0.10").plus(Money.eur("0.20")));
        assertThrows(IllegalArgumentException.class, () -> Money.eur("1").plus(Money.of("1", "USD")));
    }

    @Test
    void roundsHalfUpAtTheCent() {
        Money raw = new Money(new java.math.BigDecimal("2587.53").multiply(new java.math.BigDecimal("1")), "EUR");
        assertEquals("2587.53", raw.rounded().amount().toPlainString());
        assertEquals("0.00", Money.zero("EUR").amount().toPlainString());
    }
}
