package fr.bobine.crew.schedule;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Moving a scene of the plan to another shooting day, at a position in that day's shooting order (the end when none
 * is given). The plan after the move is compared with the plan before it ({@link ScheduleDiff}) to show the
 * consequences; the rests of the people it concerns are checked by {@link DailyRest}.
 */
public final class SceneMove {

    /** Why a move cannot be made; the service turns it into a problem. */
    public static final class Refused extends RuntimeException {
        public final String field;

        Refused(String field, String message) {
            super(message);
            this.field = field;
        }
    }

    private SceneMove() {
    }

    /** The plan with the scene moved; {@code position} counts from 0 in the target day's order after the scene left its day. */
    public static ShootingPlan apply(ShootingPlan plan, UUID sceneId, LocalDate to, Integer position) {
        ShootingPlan.Day from = plan.dayOf(sceneId)
                .orElseThrow(() -> new Refused("sceneId", "scene " + sceneId + " is not scheduled in this version"));
        ShootingPlan.Day target = plan.day(to)
                .orElseThrow(() -> new Refused("toDate", "there is no shooting day on " + to + " in this version"));
        ShootingPlan.Scene scene = from.scenes().stream().filter(s -> s.sceneId().equals(sceneId)).findFirst().orElseThrow();
        List<ShootingPlan.Day> days = new ArrayList<>();
        for (ShootingPlan.Day d : plan.days()) {
            List<ShootingPlan.Scene> scenes = new ArrayList<>(d.scenes());
            scenes.removeIf(s -> s.sceneId().equals(sceneId));
            if (d.date().equals(target.date())) {
                int at = position == null ? scenes.size() : position;
                if (at < 0 || at > scenes.size()) {
                    throw new Refused("position", "must be between 0 and " + scenes.size() + " on " + to);
                }
                scenes.add(at, scene);
            }
            days.add(d.withScenes(scenes));
        }
        return new ShootingPlan(days);
    }
}
