package fr.bobine.budget.costreport;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import fr.bobine.platform.money.Money;

@Schema(name = "CostReportLabour", description = "Planned against actual labour (gross): each contract's weeks as the published "
        + "shooting schedule plans them, and the gross of the timesheets approved for them")
public record CostReportLabourDto(
        UUID scheduleVersionId,
        @Schema(description = "the number of the shooting schedule version the plan comes from") int scheduleVersionNumber,
        Instant publishedAt,
        List<CostReportLabourWeekDto> weeks,
        @Schema(description = "the planned gross of all the weeks") Money planned,
        @Schema(description = "the planned gross of the weeks already approved") Money plannedOfApprovedWeeks,
        @Schema(description = "the approved gross of those weeks") Money actual,
        @Schema(description = "the planned gross of the weeks not approved yet") Money plannedToComplete) {
}
