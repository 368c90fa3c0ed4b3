package fr.bobine.budget;

import java.util.concurrent.ThreadLocalRandom;

/** A 14-digit SIRET with a valid Luhn key, different on every call. */
public final class Sirets {

    private Sirets() {
    }

    public static String next() {
        String base = String.valueOf(ThreadLocalRandom.current().nextLong(1_000_000_000_000L, 9_999_999_999_999L));
        for (int key = 0; key < 10; key++) {
            String candidate = base + key;
            int sum = 0;
            for (int i = 0; i < 14; i++) {
                int digit = candidate.charAt(13 - i) - '0';
                if (i % 2 == 1) {
                    digit *= 2;
                    if (digit > 9) {
                        digit -= 9;
                    }
                }
                sum += digit;
            }
            if (sum % 10 == 0) {
                return candidate;
            }
        }
        throw new IllegalStateException();
    }
}
