package fr.bobine.rights.cuesheet;

/** SMPTE-style timecodes HH:MM:SS[:FF] at 25 frames per second (the French and European broadcast rate). */
public final class Timecode {

    public static final int FPS = 25;

    private Timecode() {
    }

    /** The number of frames, or -1 when the text is not a timecode. */
    public static long frames(String text) {
        if (text == null || !text.matches("\\d{2}:[0-5]\\d:[0-5]\\d(:\\d{2})?")) {
            return -1;
        }
        String[] p = text.split(":");
        long frames = p.length == 4 ? Integer.parseInt(p[3]) : 0;
        if (frames >= FPS) {
            return -1;
        }
        return ((Long.parseLong(p[0]) * 60 + Long.parseLong(p[1])) * 60 + Long.parseLong(p[2])) * FPS + frames;
    }

    public static String format(long frames) {
        long seconds = frames / FPS;
        return String.format("%02d:%02d:%02d:%02d", seconds / 3600, seconds / 60 % 60, seconds % 60, frames % FPS);
    }
}
