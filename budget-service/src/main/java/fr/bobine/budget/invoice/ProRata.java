package fr.bobine.budget.invoice;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Splits an invoice's net amount over the lines of its order in proportion to their allocations, at the cent, so that
 * the parts add up to the total exactly: each part is rounded down, and the cents left go to the largest remainders
 * (ties to the earlier line). Source: ARCHITECTURE.md, "the parts add up to the total exactly (largest remainder)".
 */
public final class ProRata {

    private ProRata() {
    }

    public static List<BigDecimal> split(BigDecimal total, List<BigDecimal> weights) {
        BigDecimal sum = weights.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        if (sum.signum() <= 0) {
            throw new IllegalArgumentException("weights must add up to more than zero");
        }
        List<BigDecimal> parts = new ArrayList<>(weights.size());
        List<BigDecimal> remainders = new ArrayList<>(weights.size());
        BigDecimal allotted = BigDecimal.ZERO;
        for (BigDecimal w : weights) {
            BigDecimal exact = total.multiply(w).divide(sum, 10, RoundingMode.HALF_UP);
            BigDecimal part = exact.setScale(2, RoundingMode.DOWN);
            parts.add(part);
            remainders.add(exact.subtract(part));
            allotted = allotted.add(part);
        }
        int cents = total.setScale(2, RoundingMode.UNNECESSARY).subtract(allotted).movePointRight(2).intValueExact();
        List<Integer> order = IntStream.range(0, weights.size()).boxed()
                .sorted(Comparator.<Integer, BigDecimal> comparing(remainders::get).reversed().thenComparing(i -> i))
                .toList();
        for (int k = 0; k < cents; k++) {
            int i = order.get(k % order.size());
            parts.set(i, parts.get(i).add(new BigDecimal("0.01")));
        }
        return parts;
    }
}
