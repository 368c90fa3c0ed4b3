package fr.bobine.crew.schedule;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;

/**
 * A shooting schedule (plan de travail) as the rules read it: days in date order, each with the unit's call and
 * estimated wrap and its scenes in shooting order. Plain values, no framework: the schedule's versions, moves and
 * comparisons are computed on it.
 */
public record ShootingPlan(List<Day> days) {

    public ShootingPlan {
        days = days.stream().sorted(Comparator.comparing(Day::date)).toList();
    }

    /** A scene as scheduled: what the consequences of a move need to know about it. */
    public record Scene(UUID sceneId, String number, UUID setId, String setName, int eighths, Set<UUID> cast) {

        public Scene {
            cast = Set.copyOf(cast);
        }
    }

    /** A shooting day; a wrap at or before the call is the next morning (a night shoot). */
    public record Day(LocalDate date, LocalTime unitCall, LocalTime wrap, int mealBreakMinutes, List<Scene> scenes) {

        public Day {
            scenes = List.copyOf(scenes);
        }

        public LocalDateTime callAt() {
            return date.atTime(unitCall);
        }

        public LocalDateTime wrapAt() {
            return wrap.isAfter(unitCall) ? date.atTime(wrap) : date.plusDays(1).atTime(wrap);
        }

        /** The span of a department called {@code callOffset} minutes from the unit call, wrapping {@code wrapOffset} from its wrap. */
        public DailyRest.Span span(int callOffsetMinutes, int wrapOffsetMinutes) {
            return new DailyRest.Span(callAt().plusMinutes(callOffsetMinutes), wrapAt().plusMinutes(wrapOffsetMinutes));
        }

        public int eighths() {
            return scenes.stream().mapToInt(Scene::eighths).sum();
        }

        /** The sets in shooting order, a set listed again when the unit comes back to it. */
        public List<String> setSequence() {
            List<String> sequence = new ArrayList<>();
            UUID previous = null;
            for (Scene s : scenes) {
                if (!s.setId().equals(previous)) {
                    sequence.add(s.setName());
                    previous = s.setId();
                }
            }
            return sequence;
        }

        /** How many times the unit moves from one set to another during the day. */
        public int setChanges() {
            return Math.max(0, setSequence().size() - 1);
        }

        public Set<UUID> cast() {
            Set<UUID> cast = new TreeSet<>();
            scenes.forEach(s -> cast.addAll(s.cast()));
            return cast;
        }

        public Day withScenes(List<Scene> newScenes) {
            return new Day(date, unitCall, wrap, mealBreakMinutes, newScenes);
        }
    }

    public Optional<Day> day(LocalDate date) {
        return days.stream().filter(d -> d.date().equals(date)).findFirst();
    }

    /** The day a scene is scheduled on. */
    public Optional<Day> dayOf(UUID sceneId) {
        return days.stream().filter(d -> d.scenes().stream().anyMatch(s -> s.sceneId().equals(sceneId))).findFirst();
    }

    /** Day numbers as the call sheets give them: 1 for the first date of the plan. */
    public int dayNumber(LocalDate date) {
        for (int i = 0; i < days.size(); i++) {
            if (days.get(i).date().equals(date)) {
                return i + 1;
            }
        }
        throw new IllegalArgumentException("no shooting day on " + date);
    }

    /** For each cast member, the dates they are in a scheduled scene (their days of work). */
    public Map<UUID, Set<LocalDate>> castDays() {
        Map<UUID, Set<LocalDate>> days = new TreeMap<>();
        for (Day d : this.days) {
            for (UUID person : d.cast()) {
                days.computeIfAbsent(person, p -> new TreeSet<>()).add(d.date());
            }
        }
        return days;
    }

    public int setChanges() {
        return days.stream().mapToInt(Day::setChanges).sum();
    }

    public int eighths() {
        return days.stream().mapToInt(Day::eighths).sum();
    }
}
