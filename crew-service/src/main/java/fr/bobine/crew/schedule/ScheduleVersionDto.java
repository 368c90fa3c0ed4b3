package fr.bobine.crew.schedule;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ScheduleVersion", description = "A version of the shooting schedule (plan de travail): its days and scenes, the "
        + "days of each cast member, pages, set changes and the rests shorter than the agreements ask")
public record ScheduleVersionDto(
        UUID id,
        UUID productionId,
        int number,
        ScheduleStatus status,
        @Schema(nullable = true) String label,
        @Schema(nullable = true, description = "The version this one was copied from") UUID basedOn,
        List<ShootingDayDto> days,
        List<CastDaysDto> castDays,
        int shootingDays,
        int eighths,
        String pages,
        int setChanges,
        List<RestFindingDto> restFindings,
        long version,
        Instant createdAt,
        Instant updatedAt,
        @Schema(nullable = true) Instant publishedAt,
        @Schema(nullable = true) String publishedBy) {
}
