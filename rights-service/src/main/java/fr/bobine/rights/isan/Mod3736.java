package fr.bobine.rights.isan;

/** ISO/IEC 7064 MOD 37,36 hybrid check character over the alphabet 0-9A-Z. Source: ISO/IEC 7064:2003, as used by ISO 15706. */
public final class Mod3736 {

    private static final String ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";
    private static final int M = 36;

    private Mod3736() {
    }

    /** The check character of {@code value} (digits and uppercase letters only). */
    public static char checkCharacter(String value) {
        int p = M;
        for (char c : value.toCharArray()) {
            int v = ALPHABET.indexOf(c);
            if (v < 0) {
                throw new IllegalArgumentException("'" + c + "' is not in 0-9A-Z");
            }
            int s = (p + v) % M;
            if (s == 0) {
                s = M;
            }
            p = (2 * s) % (M + 1);
        }
        return ALPHABET.charAt((M + 1 - p) % M);
    }

    public static boolean isValid(String valueWithCheck) {
        return valueWithCheck.length() > 1
                && checkCharacter(valueWithCheck.substring(0, valueWithCheck.length() - 1)) == valueWithCheck.charAt(valueWithCheck.length() - 1);
    }
}
