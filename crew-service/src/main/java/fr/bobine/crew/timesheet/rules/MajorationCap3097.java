package fr.bobine.crew.timesheet.rules;

import java.util.OptionalInt;

// CCN IDCC 3097 Titre II art. 36: majorations are computed on the base hourly rate, independently, total capped at +100 %.
public final class MajorationCap3097 {

    public static final int PERCENT = 100;

    private MajorationCap3097() {
    }

    public static OptionalInt cap() {
        return OptionalInt.of(PERCENT);
    }
}
