package fr.bobine.crew.schedule;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import fr.bobine.crew.timesheet.TimesheetEvents;
import fr.bobine.platform.money.Money;

/** Data of crew.labour.planned (v1); schema in src/main/resources/events/. */
public final class LabourPlanEvents {

    public static final String PLANNED = "crew.labour.planned";

    private LabourPlanEvents() {
    }

    public record Week(UUID contractId, UUID personId, String employeeNumber, String budgetLineCode, LocalDate weekStart,
            String hours, int cachets, List<TimesheetEvents.Component> components, Money gross) {
    }

    public record Planned(UUID scheduleVersionId, UUID productionId, int versionNumber, Instant publishedAt, List<Week> weeks,
            Money total) {
    }
}
