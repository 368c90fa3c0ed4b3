package fr.bobine.crew.schedule;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ScheduleVersionPage", description = "One page of the schedule's versions, newest first")
public record ScheduleVersionPage(
        List<ScheduleVersionSummary> items,
        int page,
        int size,
        long totalItems,
        int totalPages,
        @Schema(nullable = true, description = "Number of the next page; null on the last page") Integer nextPage) {
}
