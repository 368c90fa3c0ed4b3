package fr.bobine.crew.schedule;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ScheduleComparison", description = "What changes from one schedule to another: scenes moved, added and removed, "
        + "days added, removed or changed, cast members whose days change, and the totals before and after")
public record ScheduleComparisonDto(
        @Schema(nullable = true, description = "The version compared from; null for a move within a version") UUID fromVersionId,
        UUID toVersionId,
        List<SceneChange> moved,
        List<SceneChange> added,
        List<SceneChange> removed,
        List<DayChange> days,
        List<CastChange> cast,
        int daysBefore,
        int daysAfter,
        int setChangesBefore,
        int setChangesAfter,
        int eighthsBefore,
        int eighthsAfter) {

    @Schema(name = "ScheduleSceneChange", description = "A scene and the day it leaves and the day it goes to")
    public record SceneChange(UUID sceneId, String number, @Schema(nullable = true) LocalDate from,
            @Schema(nullable = true) LocalDate to) {
    }

    @Schema(name = "ScheduleDayChange", description = "A day added, removed or changed; the side that does not exist is null")
    public record DayChange(LocalDate date, ScheduleDiff.DayChangeKind kind,
            @Schema(nullable = true, type = SchemaType.STRING, pattern = WireTime.PATTERN, example = "08:00") LocalTime callBefore,
            @Schema(nullable = true, type = SchemaType.STRING, pattern = WireTime.PATTERN, example = "08:00") LocalTime callAfter,
            @Schema(nullable = true, type = SchemaType.STRING, pattern = WireTime.PATTERN, example = "08:00") LocalTime wrapBefore,
            @Schema(nullable = true, type = SchemaType.STRING, pattern = WireTime.PATTERN, example = "08:00") LocalTime wrapAfter,
            int eighthsBefore, int eighthsAfter, List<String> setsBefore, List<String> setsAfter) {
    }

    @Schema(name = "ScheduleCastChange", description = "A cast member whose days of work change")
    public record CastChange(UUID personId, String name, List<LocalDate> before, List<LocalDate> after, List<LocalDate> added,
            List<LocalDate> removed) {
    }

    static ScheduleComparisonDto of(UUID from, UUID to, ScheduleDiff.Result r, Map<UUID, String> names) {
        return new ScheduleComparisonDto(from, to, r.moved().stream().map(ScheduleComparisonDto::scene).toList(),
                r.added().stream().map(ScheduleComparisonDto::scene).toList(),
                r.removed().stream().map(ScheduleComparisonDto::scene).toList(),
                r.days().stream().map(d -> new DayChange(d.date(), d.kind(), d.callBefore(), d.callAfter(), d.wrapBefore(),
                        d.wrapAfter(), d.eighthsBefore(), d.eighthsAfter(), d.setsBefore(), d.setsAfter())).toList(),
                r.cast().stream().map(c -> new CastChange(c.personId(), names.getOrDefault(c.personId(), ""), c.before(), c.after(),
                        c.added(), c.removed())).toList(),
                r.daysBefore(), r.daysAfter(), r.setChangesBefore(), r.setChangesAfter(), r.eighthsBefore(), r.eighthsAfter());
    }

    private static SceneChange scene(ScheduleDiff.SceneChange s) {
        return new SceneChange(s.sceneId(), s.number(), s.from(), s.to());
    }
}
