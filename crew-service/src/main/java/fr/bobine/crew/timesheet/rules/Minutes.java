package fr.bobine.crew.timesheet.rules;

/** A duration in minutes as the rest warnings write it. */
public final class Minutes {

    private Minutes() {
    }

    /** 570 minutes as {@code 9 h 30}, 540 as {@code 9 h}, 2085 as {@code 34 h 45}. */
    public static String text(long minutes) {
        long h = minutes / 60;
        long m = Math.abs(minutes % 60);
        return m == 0 ? h + " h" : h + " h " + (m < 10 ? "0" : "") + m;
    }
}
