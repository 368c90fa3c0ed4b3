package fr.bobine.crew.timesheet;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "WeeklyWorkLimitPage", description = "One page of weekly limits, by agreement, staff and date")
public record WeeklyWorkLimitPage(
        List<WeeklyWorkLimitDto> items,
        int page,
        int size,
        long totalItems,
        int totalPages,
        @Schema(nullable = true, description = "Number of the next page; absent on the last page") Integer nextPage) {
}
