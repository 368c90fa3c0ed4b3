package fr.bobine.distribution.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

class LargestRemainderTest {

    static List<BigDecimal> d(String... values) {
        return java.util.Arrays.stream(values).map(BigDecimal::new).toList();
    }

    @Test
    void twentyEightyOfAnMgOf150000() {
        assertEquals(d("30000.00", "120000.00"), LargestRemainder.split(new BigDecimal("150000.00"), d("0.2", "0.8")));
    }

    @Test
    void thirdsOf100EurosAddUpToTheCent() {
        // 33.333... each: floors 33.33 x 3 = 99.99; the cent left goes to the first of the equal remainders.
        assertEquals(d("33.34", "33.33", "33.33"),
                LargestRemainder.split(new BigDecimal("100.00"), d("0.333333", "0.333333", "0.333334")).stream()
                        .sorted(java.util.Comparator.reverseOrder()).toList());
    }

    @Test
    void theLeftoverCentGoesToTheLargestRemainder() {
        // 1000.01 x 15% = 150.0015, x 85% = 850.0085: floors 150.00 + 850.00 = 1000.00; the cent goes to 0.0085.
        assertEquals(d("150.00", "850.01"), LargestRemainder.split(new BigDecimal("1000.01"), d("0.15", "0.85")));
    }

    @Test
    void sharesMustAddUpToOne() {
        assertThrows(IllegalArgumentException.class, () -> LargestRemainder.split(new BigDecimal("10"), d("0.5", "0.4")));
        assertThrows(IllegalArgumentException.class, () -> LargestRemainder.split(new BigDecimal("10"), d("0.5", "0.500001")));
        // percentages are not shares: 20 + 80 is 100, not 1
        assertThrows(IllegalArgumentException.class, () -> LargestRemainder.split(new BigDecimal("10"), d("20", "80")));
    }

    @Test
    void anAmountSplitByWeightsAddsUpToTheCent() {
        // 100.00 by 1:1:1: 33.333... each, floors 33.33 x 3 = 99.99, the cent to the first on a tie
        assertEquals(List.of(new BigDecimal("33.34"), new BigDecimal("33.33"), new BigDecimal("33.33")),
                LargestRemainder.byWeights(new BigDecimal("100.00"), List.of(BigDecimal.ONE, BigDecimal.ONE, BigDecimal.ONE)));
        // weights that are all zero share equally
        assertEquals(List.of(new BigDecimal("0.51"), new BigDecimal("0.50")),
                LargestRemainder.byWeights(new BigDecimal("1.01"), List.of(BigDecimal.ZERO, BigDecimal.ZERO)));
    }
}
