package fr.bobine.crew.schedule;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What changes from one schedule to another: the scenes moved, added and removed, the days added, removed or
 * changed (times, pages, sets), the cast members whose days of work change, and the set changes and pages in total.
 * A move of a scene is shown as the difference between the plan before and after it.
 */
public final class ScheduleDiff {

    public record SceneChange(UUID sceneId, String number, LocalDate from, LocalDate to) {
    }

    @Schema(name = "ScheduleDayChangeKind")
    public enum DayChangeKind {
        ADDED, REMOVED, CHANGED
    }

    /** A day that changed; the side that does not exist (an added day's before) is null. */
    public record DayChange(LocalDate date, DayChangeKind kind, LocalTime callBefore, LocalTime callAfter, LocalTime wrapBefore,
            LocalTime wrapAfter, int eighthsBefore, int eighthsAfter, List<String> setsBefore, List<String> setsAfter) {
    }

    /** A cast member whose days of work change. */
    public record CastChange(UUID personId, List<LocalDate> before, List<LocalDate> after, List<LocalDate> added,
            List<LocalDate> removed) {
    }

    public record Result(List<SceneChange> moved, List<SceneChange> added, List<SceneChange> removed, List<DayChange> days,
            List<CastChange> cast, int daysBefore, int daysAfter, int setChangesBefore, int setChangesAfter, int eighthsBefore,
            int eighthsAfter) {

        public boolean isEmpty() {
            return moved.isEmpty() && added.isEmpty() && removed.isEmpty() && days.isEmpty();
        }
    }

    private ScheduleDiff() {
    }

    public static Result compare(ShootingPlan before, ShootingPlan after) {
        List<SceneChange> moved = new ArrayList<>();
        List<SceneChange> added = new ArrayList<>();
        List<SceneChange> removed = new ArrayList<>();
        for (ShootingPlan.Day d : after.days()) {
            for (ShootingPlan.Scene s : d.scenes()) {
                var was = before.dayOf(s.sceneId());
                if (was.isEmpty()) {
                    added.add(new SceneChange(s.sceneId(), s.number(), null, d.date()));
                } else if (!was.get().date().equals(d.date())) {
                    moved.add(new SceneChange(s.sceneId(), s.number(), was.get().date(), d.date()));
                }
            }
        }
        for (ShootingPlan.Day d : before.days()) {
            for (ShootingPlan.Scene s : d.scenes()) {
                if (after.dayOf(s.sceneId()).isEmpty()) {
                    removed.add(new SceneChange(s.sceneId(), s.number(), d.date(), null));
                }
            }
        }
        return new Result(moved, added, removed, days(before, after), cast(before, after), before.days().size(),
                after.days().size(), before.setChanges(), after.setChanges(), before.eighths(), after.eighths());
    }

    private static List<DayChange> days(ShootingPlan before, ShootingPlan after) {
        Set<LocalDate> dates = new TreeSet<>();
        before.days().forEach(d -> dates.add(d.date()));
        after.days().forEach(d -> dates.add(d.date()));
        List<DayChange> changes = new ArrayList<>();
        for (LocalDate date : dates) {
            ShootingPlan.Day b = before.day(date).orElse(null);
            ShootingPlan.Day a = after.day(date).orElse(null);
            DayChangeKind kind;
            if (b == null) {
                kind = DayChangeKind.ADDED;
            } else if (a == null) {
                kind = DayChangeKind.REMOVED;
            } else if (same(b, a)) {
                continue;
            } else {
                kind = DayChangeKind.CHANGED;
            }
            changes.add(new DayChange(date, kind, b == null ? null : b.unitCall(), a == null ? null : a.unitCall(),
                    b == null ? null : b.wrap(), a == null ? null : a.wrap(), b == null ? 0 : b.eighths(),
                    a == null ? 0 : a.eighths(), b == null ? List.of() : b.setSequence(), a == null ? List.of() : a.setSequence()));
        }
        return changes;
    }

    private static boolean same(ShootingPlan.Day b, ShootingPlan.Day a) {
        return b.unitCall().equals(a.unitCall()) && b.wrap().equals(a.wrap()) && b.mealBreakMinutes() == a.mealBreakMinutes()
                && b.scenes().stream().map(ShootingPlan.Scene::sceneId).toList()
                        .equals(a.scenes().stream().map(ShootingPlan.Scene::sceneId).toList());
    }

    private static List<CastChange> cast(ShootingPlan before, ShootingPlan after) {
        Map<UUID, Set<LocalDate>> b = before.castDays();
        Map<UUID, Set<LocalDate>> a = after.castDays();
        Set<UUID> people = new TreeSet<>(b.keySet());
        people.addAll(a.keySet());
        List<CastChange> changes = new ArrayList<>();
        for (UUID person : people) {
            Set<LocalDate> was = b.getOrDefault(person, Set.of());
            Set<LocalDate> is = a.getOrDefault(person, Set.of());
            if (Objects.equals(was, is)) {
                continue;
            }
            changes.add(new CastChange(person, List.copyOf(new TreeSet<>(was)), List.copyOf(new TreeSet<>(is)),
                    is.stream().filter(d -> !was.contains(d)).sorted().toList(),
                    was.stream().filter(d -> !is.contains(d)).sorted().toList()));
        }
        return changes;
    }
}
