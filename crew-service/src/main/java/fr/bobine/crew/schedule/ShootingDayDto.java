package fr.bobine.crew.schedule;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ShootingDay", description = "A day of the shooting schedule with its scenes, pages and sets")
public record ShootingDayDto(
        LocalDate date,
        @Schema(description = "1 for the first day of the schedule") int dayNumber,
        @Schema(type = SchemaType.STRING, pattern = WireTime.PATTERN, example = "15:00") LocalTime unitCall,
        @Schema(type = SchemaType.STRING, pattern = WireTime.PATTERN, example = "02:00") LocalTime estimatedWrap,
        @Schema(description = "true when the wrap is the next morning") boolean wrapsNextDay,
        int mealBreakMinutes,
        @Schema(nullable = true) String notes,
        List<ScheduledSceneDto> scenes,
        int eighths,
        String pages,
        @Schema(description = "The sets in shooting order") List<String> sets,
        @Schema(description = "Moves from one set to another during the day") int setChanges) {
}
