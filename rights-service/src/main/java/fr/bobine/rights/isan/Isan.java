package fr.bobine.rights.isan;

import java.util.Locale;

/**
 * An ISAN (ISO 15706-1) with its V-ISAN version (ISO 15706-2): root 12 hex, episode 4 hex, version 8 hex, and two MOD 37,36
 * check characters, the first over root+episode, the second over root+episode+version (not over the first check).
 * Source: ISO 15706-2:2023 structure as summarised in rights.md §4 (python-stdnum isan.py).
 */
public record Isan(String root, String episode, String version) {

    /** Parses the printed form {@code XXXX-XXXX-XXXX-XXXX-C-XXXX-XXXX-C} (dashes, spaces and an "ISAN " prefix ignored). */
    public static Isan parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("is required");
        }
        String compact = text.toUpperCase(Locale.ROOT).replaceFirst("^(URN:)?ISAN:?", "").replaceAll("[\\s-]", "");
        if (!compact.matches("[0-9A-F]{16}[0-9A-Z]([0-9A-F]{8}[0-9A-Z])?")) {
            throw new IllegalArgumentException("must be 16 hex digits and a check character, optionally followed by 8 hex digits "
                    + "of version and a second check character (XXXX-XXXX-XXXX-XXXX-C-XXXX-XXXX-C)");
        }
        String rootEpisode = compact.substring(0, 16);
        char check1 = Mod3736.checkCharacter(rootEpisode);
        if (compact.charAt(16) != check1) {
            throw new IllegalArgumentException("first check character is " + compact.charAt(16) + ", expected " + check1);
        }
        if (compact.length() == 17) {
            return new Isan(rootEpisode.substring(0, 12), rootEpisode.substring(12), null);
        }
        String version = compact.substring(17, 25);
        char check2 = Mod3736.checkCharacter(rootEpisode + version);
        if (compact.charAt(25) != check2) {
            throw new IllegalArgumentException("second check character is " + compact.charAt(25) + ", expected " + check2);
        }
        return new Isan(rootEpisode.substring(0, 12), rootEpisode.substring(12), version);
    }

    public String formatted() {
        String re = root + episode;
        StringBuilder out = new StringBuilder();
        out.append(re, 0, 4).append('-').append(re, 4, 8).append('-').append(re, 8, 12).append('-').append(re, 12, 16)
                .append('-').append(Mod3736.checkCharacter(re));
        if (version != null) {
            out.append('-').append(version, 0, 4).append('-').append(version, 4, 8).append('-')
                    .append(Mod3736.checkCharacter(re + version));
        }
        return out.toString();
    }
}
