package fr.bobine.rights.statement;

import java.time.LocalDate;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "StatementDeadline", description = "A statement or account that is due, and whether it is overdue")
public record StatementDeadline(
        UUID productionId,
        UUID waterfallId,
        String waterfallName,
        DeadlineKind kind,
        String holder,
        @Schema(nullable = true, description = "End of the last period stated") LocalDate lastPeriodEnd,
        LocalDate dueOn,
        boolean overdue) {
}
