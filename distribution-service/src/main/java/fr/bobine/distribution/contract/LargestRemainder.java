package fr.bobine.distribution.contract;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Splits an amount by shares (fractions that add up to 1) into cents that add up to the amount exactly: each part is rounded down
 * to the cent, and the cents left go one by one to the largest remainders, earlier parts first on a tie
 * (ARCHITECTURE.md, "splits add up exactly").
 */
public final class LargestRemainder {

    private LargestRemainder() {
    }

    public static List<BigDecimal> split(BigDecimal total, List<BigDecimal> shares) {
        if (shares.stream().reduce(BigDecimal.ZERO, BigDecimal::add).compareTo(BigDecimal.ONE) != 0) {
            throw new IllegalArgumentException("shares must add up to 1");
        }
        return byWeights(total, shares);
    }

    /**
     * Splits {@code total} (at the cent) in proportion to {@code weights} (amounts, say), the same way: floors, then the
     * cents left to the largest remainders, earlier parts first on a tie. Weights that are all zero share equally.
     */
    public static List<BigDecimal> byWeights(BigDecimal total, List<BigDecimal> weights) {
        BigDecimal sum = weights.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        List<BigDecimal> shares = new ArrayList<>();
        for (BigDecimal w : weights) {
            shares.add(sum.signum() == 0 ? BigDecimal.ONE : w);
        }
        BigDecimal shareSum = sum.signum() == 0 ? BigDecimal.valueOf(weights.size()) : sum;
        BigDecimal cent = new BigDecimal("0.01");
        List<BigDecimal> floors = new ArrayList<>();
        List<BigDecimal> remainders = new ArrayList<>();
        for (BigDecimal share : shares) {
            BigDecimal exact = total.multiply(share).divide(shareSum, 10, RoundingMode.HALF_UP);
            BigDecimal floor = exact.setScale(2, RoundingMode.FLOOR);
            floors.add(floor);
            remainders.add(exact.subtract(floor));
        }
        BigDecimal left = total.setScale(2, RoundingMode.HALF_UP).subtract(floors.stream().reduce(BigDecimal.ZERO, BigDecimal::add));
        int cents = left.divide(cent, 0, RoundingMode.HALF_UP).intValueExact();
        List<Integer> order = IntStream.range(0, floors.size()).boxed()
                .sorted(Comparator.comparing((Integer i) -> remainders.get(i)).reversed().thenComparing(i -> i)).toList();
        for (int k = 0; k < cents; k++) {
            int i = order.get(k % order.size());
            floors.set(i, floors.get(i).add(cent));
        }
        return floors;
    }
}
