package fr.bobine.rights.availability;

import java.util.ArrayList;
import java.util.List;

/** What is wrong with rights blocks as given: unknown territory codes, terms ending before they start, incomplete holdbacks. */
public final class BlockChecks {

    private BlockChecks() {
    }

    /** Pairs of field and reason, fields prefixed with {@code prefix} ("blocks"). */
    public static List<String[]> problems(String prefix, List<RightsBlock> blocks) {
        List<String[]> out = new ArrayList<>();
        for (int i = 0; i < blocks.size(); i++) {
            RightsBlock b = blocks.get(i);
            String at = prefix + "[" + i + "].";
            for (int t = 0; t < b.territories().size(); t++) {
                if (!Territories.isKnown(b.territories().get(t))) {
                    out.add(new String[] { at + "territories[" + t + "]",
                            "'" + b.territories().get(t) + "' is not an ISO 3166-1 alpha-2 code nor WW" });
                }
            }
            for (int l = 0; l < b.languages().size(); l++) {
                String language = b.languages().get(l);
                if (language == null || !language.matches("[a-z]{2}")) {
                    out.add(new String[] { at + "languages[" + l + "]", "must be an ISO 639-1 code such as fr" });
                }
            }
            if (b.termStart() != null && b.termEnd() != null && b.termEnd().isBefore(b.termStart())) {
                out.add(new String[] { at + "termEnd", "ends before the term starts on " + b.termStart() });
            }
            for (int h = 0; h < b.holdbacks().size(); h++) {
                Holdback holdback = b.holdbacks().get(h);
                if (holdback == null || holdback.media() == null || holdback.until() == null) {
                    out.add(new String[] { at + "holdbacks[" + h + "]", "needs media and until" });
                }
            }
        }
        return out;
    }
}
