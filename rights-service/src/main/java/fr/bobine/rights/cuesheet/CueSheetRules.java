package fr.bobine.rights.cuesheet;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Validation of a music cue sheet before it goes to SACEM: identifier formats, out after in, no overlapping cues on one track,
 * total music not longer than the programme, shares summing to exactly 100% per right type for each cue
 * (a party without a mechanical share holds none of it).
 * Source: rights.md §3.3 (royalty-free.tv sample, CWR ownership shares, vi-control cue-sheet thread).
 */
public final class CueSheetRules {

    public record Violation(String field, String reason) {
    }

    private static final BigDecimal HUNDRED = new BigDecimal("100");

    private CueSheetRules() {
    }

    public static List<Violation> validate(String programmeDuration, List<Cue> cues) {
        List<Violation> out = new ArrayList<>();
        long programme = Timecode.frames(programmeDuration);
        if (programme <= 0) {
            out.add(new Violation("programmeDuration", "must be a positive timecode HH:MM:SS[:FF]"));
        }
        long total = 0;
        long[][] spans = new long[cues.size()][];
        for (int i = 0; i < cues.size(); i++) {
            Cue cue = cues.get(i);
            String at = "cues[" + i + "].";
            if (cue.iswc() != null && MusicIdentifiers.iswc(cue.iswc()) == null) {
                out.add(new Violation(at + "iswc", "must be an ISWC: T, 9 digits and a valid check digit"));
            }
            if (cue.isrc() != null && MusicIdentifiers.isrc(cue.isrc()) == null) {
                out.add(new Violation(at + "isrc", "must be an ISRC: 5 letters or digits then 7 digits"));
            }
            long in = Timecode.frames(cue.timecodeIn());
            long outTc = Timecode.frames(cue.timecodeOut());
            if (in < 0) {
                out.add(new Violation(at + "timecodeIn", "must be a timecode HH:MM:SS[:FF] at 25 fps"));
            }
            if (outTc < 0) {
                out.add(new Violation(at + "timecodeOut", "must be a timecode HH:MM:SS[:FF] at 25 fps"));
            }
            if (in >= 0 && outTc >= 0) {
                if (outTc <= in) {
                    out.add(new Violation(at + "timecodeOut", "must be after timecodeIn " + cue.timecodeIn()));
                } else {
                    spans[i] = new long[] { in, outTc };
                    total += outTc - in;
                    if (programme > 0 && outTc > programme) {
                        out.add(new Violation(at + "timecodeOut", "is after the end of the programme " + programmeDuration));
                    }
                }
            }
            for (int j = 0; j < i; j++) {
                if (spans[i] != null && spans[j] != null && track(cue) == track(cues.get(j)) && spans[i][0] < spans[j][1]
                        && spans[j][0] < spans[i][1]) {
                    out.add(new Violation(at + "timecodeIn", "cue " + cue.number() + " overlaps cue " + cues.get(j).number()
                            + " on track " + track(cue)));
                }
            }
            for (int p = 0; p < cue.parties().size(); p++) {
                String ipi = cue.parties().get(p).ipi();
                if (ipi != null && !MusicIdentifiers.isIpi(ipi)) {
                    out.add(new Violation(at + "parties[" + p + "].ipi", "must be an IPI name number of 11 digits or an IPI base number I-999999999-9"));
                }
            }
            shares(out, at, "performingShare", cue.parties(), CueParty::performingShare, true);
            shares(out, at, "mechanicalShare", cue.parties(), CueParty::mechanicalShare, false);
        }
        if (programme > 0 && total > programme) {
            out.add(new Violation("cues", "total music " + Timecode.format(total) + " is longer than the programme " + programmeDuration));
        }
        return out;
    }

    private static int track(Cue cue) {
        return cue.track() == null ? 1 : cue.track();
    }

    private static void shares(List<Violation> out, String at, String field, List<CueParty> parties, Function<CueParty, BigDecimal> share,
            boolean required) {
        List<BigDecimal> given = parties.stream().map(share).filter(s -> s != null).toList();
        if (given.isEmpty() && !required) {
            return;
        }
        if (required && given.size() != parties.size()) {
            out.add(new Violation(at + "parties", field + " must be given for every party"));
            return;
        }
        for (BigDecimal s : given) {
            if (s.signum() < 0 || s.compareTo(HUNDRED) > 0) {
                out.add(new Violation(at + "parties", field + " " + s.toPlainString() + " is not between 0 and 100"));
                return;
            }
        }
        BigDecimal sum = given.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        if (sum.compareTo(HUNDRED) != 0) {
            out.add(new Violation(at + "parties", field + " adds up to " + sum.toPlainString() + "%, not 100%"));
        }
    }

    /** The cue with its duration computed (timecodes assumed valid). */
    public static Cue withDuration(Cue cue) {
        String duration = Timecode.format(Timecode.frames(cue.timecodeOut()) - Timecode.frames(cue.timecodeIn()));
        return new Cue(cue.number(), cue.title(), cue.iswc() == null ? null : MusicIdentifiers.iswc(cue.iswc()),
                cue.isrc() == null ? null : MusicIdentifiers.isrc(cue.isrc()), cue.origin(), cue.use(), track(cue), cue.timecodeIn(),
                cue.timecodeOut(), duration, cue.parties(), cue.workId());
    }
}
