package fr.bobine.crew.schedule;

import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import fr.bobine.platform.money.Money;

@Schema(name = "PlannedLabour", description = "The planned hours and gross pay of a schedule version, week by week and person by "
        + "person, computed with the same rules as the timesheets")
public record PlannedLabourDto(
        UUID scheduleVersionId,
        int versionNumber,
        ScheduleStatus status,
        List<PlannedWeekDto> weeks,
        Money gross,
        @Schema(description = "People called without a signed contract covering the day: not costed") List<UncostedCallDto> uncosted) {
}
