package fr.bobine.crew.schedule;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "SceneMoveResult", description = "The consequences of moving a scene: the schedule before and after compared, and "
        + "the rests of the people whose days change, after the move")
public record SceneMoveResult(
        @Schema(description = "false for a preview, true when the move was stored") boolean applied,
        @Schema(description = "true when a rest would be below what the agreement allows: the move cannot be stored")
        boolean refused,
        ScheduleComparisonDto consequences,
        List<RestFindingDto> restFindings,
        @Schema(description = "The version's ETag after the move (unchanged for a preview)") long version) {
}
