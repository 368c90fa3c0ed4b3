package fr.bobine.rights.waterfall;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Splits an amount by weights so that the parts, each at the currency's scale, add up to it exactly (largest
 * remainder, Hamilton's method; ties go to the earlier weight). ARCHITECTURE.md: splits add up to the total.
 */
public final class LargestRemainder {

    private LargestRemainder() {
    }

    public static List<BigDecimal> split(BigDecimal total, List<BigDecimal> weights, int scale) {
        BigDecimal sum = weights.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        if (sum.signum() <= 0) {
            throw new IllegalArgumentException("weights must add up to more than zero");
        }
        BigDecimal unit = BigDecimal.ONE.movePointLeft(scale);
        List<BigDecimal> parts = new ArrayList<>();
        List<BigDecimal> fractions = new ArrayList<>();
        BigDecimal given = BigDecimal.ZERO;
        for (BigDecimal weight : weights) {
            BigDecimal exact = total.multiply(weight).divide(sum, MathContext.DECIMAL128);
            BigDecimal floor = exact.setScale(scale, RoundingMode.FLOOR);
            parts.add(floor);
            fractions.add(exact.subtract(floor));
            given = given.add(floor);
        }
        int left = total.subtract(given).divide(unit).intValueExact();
        List<Integer> order = IntStream.range(0, weights.size()).boxed()
                .sorted(Comparator.comparing((Integer i) -> fractions.get(i)).reversed().thenComparing(i -> i)).toList();
        for (int k = 0; k < left; k++) {
            int i = order.get(k % order.size());
            parts.set(i, parts.get(i).add(unit));
        }
        return parts;
    }
}
