package fr.bobine.crew.person;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "RetentionPeriodPage", description = "One page of retention periods, by code and date")
public record RetentionPeriodPage(
        List<RetentionPeriodDto> items,
        int page,
        int size,
        long totalItems,
        int totalPages,
        @Schema(nullable = true, description = "Number of the next page; absent on the last page") Integer nextPage) {
}
