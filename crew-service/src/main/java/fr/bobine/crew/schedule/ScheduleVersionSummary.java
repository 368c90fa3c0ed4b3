package fr.bobine.crew.schedule;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ScheduleVersionSummary", description = "A version of the shooting schedule in a list")
public record ScheduleVersionSummary(
        UUID id,
        int number,
        ScheduleStatus status,
        @Schema(nullable = true) String label,
        @Schema(nullable = true) UUID basedOn,
        int shootingDays,
        @Schema(nullable = true) LocalDate firstDay,
        @Schema(nullable = true) LocalDate lastDay,
        long version,
        Instant createdAt,
        @Schema(nullable = true) Instant publishedAt) {
}
