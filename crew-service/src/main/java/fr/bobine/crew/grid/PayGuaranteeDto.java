package fr.bobine.crew.grid;

import java.time.LocalDate;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "PayGuarantee", description = "Hours an agreement guarantees to pay to an engagement even when fewer are worked, "
        + "from validFrom")
public record PayGuaranteeDto(
        UUID id,
        Agreement agreement,
        Engagement engagement,
        @Schema(nullable = true, description = "Hours guaranteed per week of a weekly engagement, decimal string", example = "39")
        String weeklyHours,
        @Schema(description = "true when a weekly engagement is also guaranteed its contract's weekly reference duration "
                + "(the greater applies)") boolean contractWeeklyHours,
        @Schema(nullable = true, description = "Hours guaranteed per week of six worked days outside the Paris region",
                example = "47") String sixDayWeekHours,
        @Schema(nullable = true, description = "Hours guaranteed per worked day of a day engagement", example = "7")
        String dailyHours,
        LocalDate validFrom,
        @Schema(nullable = true) LocalDate validTo,
        @Schema(description = "The article the guarantee comes from") String source) {
}
