package fr.bobine.distribution.delivery;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import fr.bobine.distribution.territory.Countries;

/**
 * Reads a DCP name against the ISDCF Digital Cinema Naming Convention (12 fields; registries at
 * github.com/ISDCF/registries, field order of ClairMeta clairmeta/utils/isdcf.py). ISDCF says systems shall not
 * reject content for naming errors, so every departure is a warning, never a refusal. The title length limit is
 * a parameter: ClairMeta says 14, an official ISDCF example has 15.
 */
public final class DcpName {

    public static final List<String> FIELDS = List.of("title", "contentType", "projectorAspectRatio", "language",
            "territoryRating", "audioType", "resolution", "studio", "date", "facility", "standard", "packageType");
    public static final int CLAIRMETA_TITLE_LIMIT = 14;

    static final Set<String> CONTENT_TYPES = Set.of("FTR", "TLR", "TSR", "TST", "RTG", "ADV", "SHR", "XSN", "PSA", "POL",
            "CLP", "PRO", "STR", "EPS", "HLT", "EVT");
    static final Set<String> ASPECT_RATIOS = Set.of("F", "S", "C");
    static final Set<String> CHANNEL_CONFIGS = Set.of("10", "20", "21", "51", "71", "MOS");
    static final Set<String> AUDIO_EXTRAS = Set.of("HI", "VI", "SL", "IAB", "AURO", "DTSX", "DBOX");

    public record Report(String name, Map<String, String> fields, List<String> warnings) {
        public boolean clean() {
            return warnings.isEmpty();
        }
    }

    private DcpName() {
    }

    public static Report parse(String name) {
        return parse(name, CLAIRMETA_TITLE_LIMIT);
    }

    public static Report parse(String name, int maxTitleLength) {
        List<String> warnings = new ArrayList<>();
        String[] parts = name.split("_", -1);
        if (parts.length != FIELDS.size()) {
            warnings.add("expected " + FIELDS.size() + " fields separated by '_', found " + parts.length
                    + "; the fields after the title are probably shifted (use NULL for an unused field)");
        }
        Map<String, String> fields = new LinkedHashMap<>();
        for (int i = 0; i < FIELDS.size(); i++) {
            fields.put(FIELDS.get(i), i < parts.length ? parts[i] : null);
        }
        title(fields.get("title"), maxTitleLength, warnings);
        contentType(fields.get("contentType"), warnings);
        check(fields.get("projectorAspectRatio"), v -> ASPECT_RATIOS.contains(v),
                "projector aspect ratio '%s' is not F (flat), S (scope) or C (full container)", warnings);
        language(fields.get("language"), warnings);
        territory(fields.get("territoryRating"), warnings);
        audio(fields.get("audioType"), warnings);
        check(fields.get("resolution"), v -> v.equals("2K") || v.equals("4K"), "resolution '%s' is not 2K or 4K", warnings);
        check(fields.get("studio"), v -> v.matches("[A-Z0-9]{2,4}|NULL"), "studio '%s' is not a 2 to 4 character code", warnings);
        date(fields.get("date"), warnings);
        check(fields.get("facility"), v -> v.matches("[A-Z0-9]{2,3}|NULL"), "facility '%s' is not a 2 or 3 character code", warnings);
        check(fields.get("standard"), v -> v.matches("(SMPTE|IOP)(-3D)?"), "standard '%s' is not SMPTE or IOP (+-3D)", warnings);
        check(fields.get("packageType"), v -> v.matches("(OV|VF)(-[0-9]+)?"), "package type '%s' is not OV or VF (+-n)", warnings);
        return new Report(name, fields, List.copyOf(warnings));
    }

    private static void title(String title, int max, List<String> warnings) {
        if (title == null || title.isEmpty()) {
            warnings.add("the title is empty");
            return;
        }
        if (title.length() > max) {
            warnings.add("title '" + title + "' has " + title.length() + " characters; keep it to " + max);
        }
        if (!title.matches("[A-Za-z0-9-]+")) {
            warnings.add("title '" + title + "' should be CamelCase letters and digits only");
        }
    }

    private static void contentType(String value, List<String> warnings) {
        if (value == null) {
            return;
        }
        String code = value.split("-")[0];
        if (!CONTENT_TYPES.contains(code)) {
            warnings.add("content type '" + code + "' is not in the ISDCF registry " + CONTENT_TYPES.stream().sorted().toList());
        }
    }

    private static void language(String value, List<String> warnings) {
        if (value == null) {
            return;
        }
        String[] sub = value.split("-");
        if (!sub[0].matches("[A-Z]{2,3}")) {
            warnings.add("audio language '" + sub[0] + "' is not an upper-case ISDCF language code");
        }
        for (int i = 1; i < sub.length; i++) {
            String s = sub[i];
            if (!(s.matches("[A-Za-z]{2,3}") && (s.equals(s.toUpperCase()) || s.equals(s.toLowerCase())))
                    && !s.equals("CCAP") && !s.equals("OCAP")) {
                warnings.add("subtitle code '" + s + "' is neither a language code nor CCAP/OCAP");
            }
        }
    }

    private static void territory(String value, List<String> warnings) {
        if (value == null) {
            return;
        }
        String code = value.split("-")[0];
        if (!code.equals("INT") && !Countries.isKnown(code)) {
            warnings.add("territory '" + code + "' is not an ISO 3166-1 code or INT");
        }
    }

    private static void audio(String value, List<String> warnings) {
        if (value == null) {
            return;
        }
        String[] sub = value.split("-");
        if (!CHANNEL_CONFIGS.contains(sub[0])) {
            warnings.add("audio configuration '" + sub[0] + "' is not one of " + CHANNEL_CONFIGS.stream().sorted().toList());
        }
        for (int i = 1; i < sub.length; i++) {
            if (sub[i].equals("ATMOS")) {
                warnings.add("ATMOS is deprecated in favour of IAB");
            } else if (!AUDIO_EXTRAS.contains(sub[i])) {
                warnings.add("audio sub-field '" + sub[i] + "' is not one of " + AUDIO_EXTRAS.stream().sorted().toList());
            }
        }
    }

    private static void date(String value, List<String> warnings) {
        if (value == null) {
            return;
        }
        try {
            LocalDate.parse(value, DateTimeFormatter.BASIC_ISO_DATE);
        } catch (DateTimeParseException e) {
            warnings.add("date '" + value + "' is not YYYYMMDD");
        }
    }

    private static void check(String value, java.util.function.Predicate<String> ok, String message, List<String> warnings) {
        if (value != null && !ok.test(value)) {
            warnings.add(message.formatted(value));
        }
    }
}
