package fr.bobine.rights.availability;

import java.util.Collection;
import java.util.Set;

/** Territory codes: ISO 3166-1 alpha-2 (as java.util.Locale knows them), and WW for the whole world. */
public final class Territories {

    public static final String WORLD = "WW";
    private static final Set<String> ISO = Set.of(java.util.Locale.getISOCountries());

    private Territories() {
    }

    public static boolean isKnown(String code) {
        return code != null && (WORLD.equals(code) || ISO.contains(code));
    }

    /** True when the codes cover the territory: the territory itself or the world. */
    public static boolean covers(Collection<String> codes, String territory) {
        return codes.contains(territory) || codes.contains(WORLD);
    }

    /** True when two lists of territories share at least one country. */
    public static boolean overlap(Collection<String> a, Collection<String> b) {
        return a.contains(WORLD) || b.contains(WORLD) || a.stream().anyMatch(b::contains);
    }
}
