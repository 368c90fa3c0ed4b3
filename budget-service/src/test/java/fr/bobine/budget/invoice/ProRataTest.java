package fr.bobine.budget.invoice;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

class ProRataTest {

    static BigDecimal d(String s) {
        return new BigDecimal(s);
    }

    @Test
    void invoiceSplitOverThreeEqualAllocationsAddsUpToTheCent() {
        // 100.00 / 3 = 33.333...: 33.33 each, 0.01 left goes to the first of the equal remainders
        assertEquals(List.of(d("33.34"), d("33.33"), d("33.33")),
                ProRata.split(d("100.00"), List.of(d("500.00"), d("500.00"), d("500.00"))));
    }

    @Test
    void invoiceSplitFollowsTheAllocations() {
        // 9 000.00 over 8 000.00 and 4 000.00: 6 000.00 and 3 000.00
        assertEquals(List.of(d("6000.00"), d("3000.00")), ProRata.split(d("9000.00"), List.of(d("8000.00"), d("4000.00"))));
        // 10.00 over weights 1, 1, 1, 2 (sum 5): 2.00, 2.00, 2.00, 4.00 exactly
        assertEquals(List.of(d("2.00"), d("2.00"), d("2.00"), d("4.00")),
                ProRata.split(d("10.00"), List.of(d("1"), d("1"), d("1"), d("2"))));
        // 0.05 over 1 and 2: 0.0166.. -> 0.01 (rem 0.0066), 0.0333.. -> 0.03 (rem 0.0033); 0.01 left to the first
        assertEquals(List.of(d("0.02"), d("0.03")), ProRata.split(d("0.05"), List.of(d("1"), d("2"))));
    }
}
