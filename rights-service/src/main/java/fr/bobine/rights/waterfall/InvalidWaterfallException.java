package fr.bobine.rights.waterfall;

/** A waterfall that cannot run (a cycle, shares above 100%, a dangling reference); {@code field} names the culprit. */
public class InvalidWaterfallException extends RuntimeException {

    private final String field;

    public InvalidWaterfallException(String field, String reason) {
        super(reason);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
