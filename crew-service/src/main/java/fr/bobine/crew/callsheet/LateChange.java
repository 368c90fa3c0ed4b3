package fr.bobine.crew.callsheet;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A late change to a call sheet (feuille de service) already sent: who must be told, and why. Someone newly called or
 * no longer called; someone whose call or wrap moved; the cast whose scenes of the day changed, and the whole crew
 * (they shoot every scene) when the day's scenes changed; everyone called when a location changed, or the transport,
 * meals or notes.
 */
public final class LateChange {

    @Schema(name = "CallSheetChangeReason")
    public enum Reason {
        ADDED, REMOVED, CALL_CHANGED, WRAP_CHANGED, SCENES_CHANGED, LOCATION_CHANGED, DETAILS_CHANGED
    }

    /** A person as a call sheet calls them; {@code scenes} are the scenes they play in (empty for the crew). */
    public record Person(UUID personId, String name, boolean cast, LocalDateTime call, LocalDateTime wrap, Set<String> scenes) {
    }

    /** What a call sheet says that matters to the people it calls. */
    public record Sheet(List<Person> people, Set<UUID> locations, List<String> scenes, String details) {
    }

    public record Notice(UUID personId, String name, List<Reason> reasons) {
    }

    private LateChange() {
    }

    public static List<Notice> whoMustBeTold(Sheet sent, Sheet next) {
        Map<UUID, Person> before = new LinkedHashMap<>();
        sent.people().forEach(p -> before.put(p.personId(), p));
        boolean locations = !sent.locations().equals(next.locations());
        boolean scenes = !sent.scenes().equals(next.scenes());
        boolean details = !Objects.equals(sent.details(), next.details());
        List<Notice> notices = new ArrayList<>();
        for (Person p : next.people()) {
            Person was = before.remove(p.personId());
            List<Reason> reasons = new ArrayList<>();
            if (was == null) {
                reasons.add(Reason.ADDED);
            } else {
                if (!was.call().equals(p.call())) {
                    reasons.add(Reason.CALL_CHANGED);
                }
                if (!was.wrap().equals(p.wrap())) {
                    reasons.add(Reason.WRAP_CHANGED);
                }
                if (p.cast() ? !was.scenes().equals(p.scenes()) : scenes) {
                    reasons.add(Reason.SCENES_CHANGED);
                }
            }
            if (was != null && locations) {
                reasons.add(Reason.LOCATION_CHANGED);
            }
            if (was != null && details) {
                reasons.add(Reason.DETAILS_CHANGED);
            }
            if (!reasons.isEmpty()) {
                notices.add(new Notice(p.personId(), p.name(), reasons));
            }
        }
        before.values().forEach(p -> notices.add(new Notice(p.personId(), p.name(), List.of(Reason.REMOVED))));
        notices.sort(Comparator.comparing(Notice::name).thenComparing(Notice::personId));
        return notices;
    }
}
