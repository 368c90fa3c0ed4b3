package fr.bobine.rights.availability;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Availability ("avails"): rights acquired upstream, work by work, minus the licences already granted downstream and their
 * holdbacks. Source: rights.md §5 (Rightsline avails dimensions; Mediapeers rights blocks; Gray Matter holdbacks).
 */
public final class Availability {

    /** A licence granted downstream (a distribution or sales contract). */
    public record GrantedLicence(String licensee, RightsBlock block) {
    }

    private Availability() {
    }

    /**
     * @param upstream for each underlying work (by title), the blocks its signed contracts grant the production; every work
     *                 must grant the right for the film to be licensed
     */
    public static AvailabilityAnswer check(AvailabilityQuery q, Map<String, List<RightsBlock>> upstream, List<GrantedLicence> downstream) {
        List<String> reasons = new ArrayList<>();
        if (upstream.isEmpty()) {
            reasons.add("no right has been acquired upstream: no signed contract on any work");
        }
        upstream.forEach((work, blocks) -> {
            String gap = uncovered(q, blocks);
            if (gap != null) {
                reasons.add("not acquired upstream from \"" + work + "\": " + gap);
            }
        });
        for (GrantedLicence licence : downstream) {
            RightsBlock b = licence.block();
            boolean sameRight = b.media().contains(q.media()) && Territories.overlap(b.territories(), List.of(q.territory()))
                    && b.coversLanguage(q.language());
            boolean overlapsTerm = !b.termStart().isAfter(q.to()) && !q.from().isAfter(b.termEnd());
            if (sameRight && overlapsTerm && b.exclusive()) {
                reasons.add("already licensed exclusively to " + licence.licensee() + " for " + q.media() + " in "
                        + String.join(",", b.territories()) + " from " + b.termStart() + " to " + b.termEnd());
            } else if (sameRight && overlapsTerm && q.exclusive()) {
                reasons.add("cannot grant exclusivity: a non-exclusive licence to " + licence.licensee() + " runs from "
                        + b.termStart() + " to " + b.termEnd());
            }
            for (Holdback h : b.holdbacks()) {
                if (h.media() == q.media() && Territories.covers(b.territories(), q.territory()) && q.from().isBefore(h.until())
                        && !b.termStart().isAfter(h.until())) {
                    reasons.add("holdback in " + licence.licensee() + "'s licence: no " + h.media() + " in " + q.territory()
                            + " before " + h.until());
                }
            }
        }
        return new AvailabilityAnswer(q, reasons.isEmpty(), reasons);
    }

    /** A music cue and the blocks its work's signed licences grant; no work means its licence is not recorded. */
    public record CueRights(int number, String title, UUID workId, String workTitle, List<RightsBlock> blocks) {
    }

    /**
     * Availability per cue: a cue may be used in an exploitation when its work's signed licences (sync and master
     * licences of pre-existing music, the composer's contract for a score) cover the media, territory, language and term
     * asked; a licence is often limited to some media and territories (rights.md §3). A cue with no work recorded, or
     * whose licences do not cover the request, blocks that exploitation until it is cleared or replaced.
     */
    public static CueAvailability checkCues(AvailabilityQuery q, UUID cueSheetId, List<CueRights> cues) {
        List<CueAvailability.Line> lines = new ArrayList<>();
        for (CueRights cue : cues) {
            List<String> reasons = new ArrayList<>();
            if (cue.workId() == null) {
                reasons.add("cue " + cue.number() + " is linked to no music work: its licence is not recorded");
            } else if (cue.blocks().isEmpty()) {
                reasons.add("no signed licence on \"" + cue.workTitle() + "\"");
            } else {
                String gap = uncovered(q, cue.blocks());
                if (gap != null) {
                    reasons.add("not licensed by \"" + cue.workTitle() + "\": " + gap);
                }
            }
            lines.add(new CueAvailability.Line(cue.number(), cue.title(), cue.workId(), cue.workTitle(), reasons.isEmpty(), reasons));
        }
        return new CueAvailability(q, cueSheetId, lines.stream().allMatch(CueAvailability.Line::available), lines);
    }

    /** Null when the blocks cover the whole query, otherwise why not (the first day left uncovered). */
    static String uncovered(AvailabilityQuery q, List<RightsBlock> blocks) {
        List<RightsBlock> matching = blocks.stream()
                .filter(b -> b.media().contains(q.media()) && Territories.covers(b.territories(), q.territory())
                        && b.coversLanguage(q.language()) && (b.exclusive() || !q.exclusive()))
                .sorted(Comparator.comparing(RightsBlock::termStart)).toList();
        if (matching.isEmpty()) {
            boolean nonExclusiveOnly = q.exclusive() && blocks.stream().anyMatch(b -> b.media().contains(q.media())
                    && Territories.covers(b.territories(), q.territory()) && b.coversLanguage(q.language()));
            return nonExclusiveOnly ? "only non-exclusive rights for " + q.media() + " in " + q.territory()
                    : "no " + q.media() + " rights in " + q.territory() + (q.language() == null ? "" : " (" + q.language() + ")");
        }
        LocalDate next = q.from();
        for (RightsBlock b : matching) {
            if (b.termStart().isAfter(next)) {
                break;
            }
            if (!b.termEnd().isBefore(next)) {
                next = b.termEnd().plusDays(1);
            }
            if (next.isAfter(q.to())) {
                return null;
            }
        }
        return "the rights for " + q.media() + " in " + q.territory() + " do not run on " + next;
    }
}
