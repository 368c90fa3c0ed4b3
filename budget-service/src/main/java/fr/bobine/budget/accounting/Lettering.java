package fr.bobine.budget.accounting;

/**
 * Lettering codes (FEC EcritureLet): the n-th set of lines settled together in a production's books gets "AAA", then
 * "AAB", … "AAZ", "ABA"; after "ZZZ" a fourth letter is added. Letters only, so that no code reads like an amount or a
 * date. Source: LPF art. A47 A-1 (field 14, alphanumeric, blank when the line is not lettered).
 */
public final class Lettering {

    private static final int WIDTH = 3;

    private Lettering() {
    }

    /** The code of the set numbered {@code index}, counting from 0. */
    public static String code(long index) {
        if (index < 0) {
            throw new IllegalArgumentException("a lettering index is not negative");
        }
        StringBuilder out = new StringBuilder();
        long rest = index;
        int width = WIDTH;
        long capacity = 26L * 26 * 26;
        while (rest >= capacity) {
            rest -= capacity;
            width++;
            capacity *= 26;
        }
        for (int i = 0; i < width; i++) {
            out.append((char) ('A' + rest % 26));
            rest /= 26;
        }
        return out.reverse().toString();
    }
}
