package fr.bobine.crew.timesheet.rules;

/** The payroll items (rubriques) a week produces; the code is what the payroll import reads. */
public enum PayItem {
    BASE_HOURS("BASE"),
    OVERTIME_10("HS10"),
    OVERTIME_25("HS25"),
    OVERTIME_50("HS50"),
    OVERTIME_75("HS75"),
    OVERTIME_100("HS100"),
    NIGHT_25("NUIT25"),
    NIGHT_50("NUIT50"),
    NIGHT_100("NUIT100"),
    SUNDAY("DIM"),
    PUBLIC_HOLIDAY("FERIE"),
    LONG_DAY("JLONG"),
    REST_ENCROACHMENT("REPOS"),
    SIXTH_DAY("J6"),
    /** Guaranteed hours not worked (CCN 3097 art. 25 and 34, 2642 IV.2.1): paid at their rank in the week or day. */
    GUARANTEED_HOURS("GARANTIE"),
    CACHET("CACHET"),
    REHEARSAL_HOURS("REPET");

    public final String code;

    PayItem(String code) {
        this.code = code;
    }
}
