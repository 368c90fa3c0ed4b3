package fr.bobine.crew.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class SceneMoveTest {

    static final UUID LIGHTHOUSE = UUID.randomUUID();
    static final UUID CLIFF = UUID.randomUUID();
    static final UUID ACTRESS = UUID.fromString("00000000-0000-0000-0000-00000000000a");
    static final UUID ACTOR = UUID.fromString("00000000-0000-0000-0000-00000000000b");
    static final LocalDate MON = LocalDate.parse("2027-03-08");
    static final LocalDate TUE = LocalDate.parse("2027-03-09");
    static final LocalDate WED = LocalDate.parse("2027-03-10");

    static ShootingPlan.Scene scene(String number, UUID set, int eighths, UUID... cast) {
        return new ShootingPlan.Scene(UUID.nameUUIDFromBytes(number.getBytes()), number, set,
                set == LIGHTHOUSE ? "Phare" : "Falaise", eighths, Set.of(cast));
    }

    static ShootingPlan.Day day(LocalDate date, ShootingPlan.Scene... scenes) {
        return new ShootingPlan.Day(date, LocalTime.of(8, 0), LocalTime.of(19, 0), 60, List.of(scenes));
    }

    // Monday: 1 (Phare, actress), 2 (Falaise, actor); Tuesday: 3 (Phare, actress); Wednesday: 4 (Falaise, actor)
    static final ShootingPlan.Scene S1 = scene("1", LIGHTHOUSE, 12, ACTRESS);
    static final ShootingPlan.Scene S2 = scene("2", CLIFF, 9, ACTOR);
    static final ShootingPlan.Scene S3 = scene("3", LIGHTHOUSE, 16, ACTRESS);
    static final ShootingPlan.Scene S4 = scene("4", CLIFF, 6, ACTOR);
    static final ShootingPlan PLAN = new ShootingPlan(List.of(day(MON, S1, S2), day(TUE, S3), day(WED, S4)));

    @Test
    void movingTheActorsMondaySceneToWednesdayFreesHisMondayAndSavesASetChange() {
        ShootingPlan after = SceneMove.apply(PLAN, S2.sceneId(), WED, 0);
        assertEquals(List.of("4"), after.day(WED).orElseThrow().scenes().stream().skip(1).map(ShootingPlan.Scene::number).toList());
        assertEquals("2", after.day(WED).orElseThrow().scenes().get(0).number());

        ScheduleDiff.Result diff = ScheduleDiff.compare(PLAN, after);
        assertEquals(List.of(new ScheduleDiff.SceneChange(S2.sceneId(), "2", MON, WED)), diff.moved());
        // the actor worked Monday and Wednesday, now Wednesday only; the actress is not concerned
        assertEquals(1, diff.cast().size());
        assertEquals(ACTOR, diff.cast().get(0).personId());
        assertEquals(List.of(MON), diff.cast().get(0).removed());
        assertEquals(List.of(WED), diff.cast().get(0).after());
        // Monday went Phare then Falaise (1 set change), now Phare only; Wednesday stays at the Falaise
        assertEquals(1, PLAN.setChanges());
        assertEquals(0, diff.setChangesAfter());
        // pages: Monday 12 + 9 = 21 eighths before, 12 after; Wednesday 6 before, 9 + 6 = 15 after; total unchanged
        var monday = diff.days().stream().filter(d -> d.date().equals(MON)).findFirst().orElseThrow();
        assertEquals(21, monday.eighthsBefore());
        assertEquals(12, monday.eighthsAfter());
        assertEquals(List.of("Phare", "Falaise"), monday.setsBefore());
        var wednesday = diff.days().stream().filter(d -> d.date().equals(WED)).findFirst().orElseThrow();
        assertEquals(15, wednesday.eighthsAfter());
        assertEquals(diff.eighthsBefore(), diff.eighthsAfter());
        assertTrue(diff.days().stream().noneMatch(d -> d.date().equals(TUE)), "Tuesday did not change");
    }

    @Test
    void movingToTheEndWhenNoPositionIsGiven() {
        ShootingPlan after = SceneMove.apply(PLAN, S1.sceneId(), TUE, null);
        assertEquals(List.of("3", "1"), after.day(TUE).orElseThrow().scenes().stream().map(ShootingPlan.Scene::number).toList());
        // the actress keeps Tuesday and loses Monday
        ScheduleDiff.Result diff = ScheduleDiff.compare(PLAN, after);
        assertEquals(List.of(MON), diff.cast().stream().filter(c -> c.personId().equals(ACTRESS)).findFirst().orElseThrow().removed());
    }

    @Test
    void aMoveToADateWithoutShootingOrToAPositionOutOfTheDayIsRefused() {
        var noDay = assertThrows(SceneMove.Refused.class, () -> SceneMove.apply(PLAN, S1.sceneId(), LocalDate.parse("2027-03-11"), null));
        assertEquals("toDate", noDay.field);
        // Tuesday has one scene: positions 0 and 1 exist, 2 does not
        assertEquals("position", assertThrows(SceneMove.Refused.class, () -> SceneMove.apply(PLAN, S1.sceneId(), TUE, 2)).field);
        assertEquals("sceneId", assertThrows(SceneMove.Refused.class,
                () -> SceneMove.apply(PLAN, UUID.randomUUID(), TUE, null)).field);
    }

    @Test
    void aComparisonListsScenesAddedRemovedAndDaysChanged() {
        ShootingPlan.Scene s5 = scene("5", CLIFF, 8, ACTRESS);
        ShootingPlan other = new ShootingPlan(List.of(day(MON, S1, S2),
                new ShootingPlan.Day(TUE, LocalTime.of(10, 0), LocalTime.of(21, 0), 60, List.of(S3, s5))));
        ScheduleDiff.Result diff = ScheduleDiff.compare(PLAN, other);
        assertEquals(List.of("5"), diff.added().stream().map(ScheduleDiff.SceneChange::number).toList());
        assertEquals(List.of("4"), diff.removed().stream().map(ScheduleDiff.SceneChange::number).toList());
        assertEquals(List.of(ScheduleDiff.DayChangeKind.CHANGED, ScheduleDiff.DayChangeKind.REMOVED),
                diff.days().stream().map(ScheduleDiff.DayChange::kind).toList());
        assertEquals(LocalTime.of(10, 0), diff.days().get(0).callAfter());
        assertEquals(3, diff.daysBefore());
        assertEquals(2, diff.daysAfter());
    }
}
