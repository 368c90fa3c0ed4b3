package fr.bobine.crew.schedule;

/**
 * Script length in eighths of a page, the unit of a breakdown (a scene of two and three-eighths pages is 19 eighths),
 * written as production offices write it: {@code 2 3/8}, {@code 1}, {@code 5/8}.
 */
public final class Eighths {

    private Eighths() {
    }

    public static String pages(int eighths) {
        if (eighths < 0) {
            throw new IllegalArgumentException("eighths must not be negative");
        }
        int whole = eighths / 8;
        int rest = eighths % 8;
        if (rest == 0) {
            return String.valueOf(whole);
        }
        return whole == 0 ? rest + "/8" : whole + " " + rest + "/8";
    }
}
