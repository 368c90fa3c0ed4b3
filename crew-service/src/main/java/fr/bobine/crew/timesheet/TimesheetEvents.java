package fr.bobine.crew.timesheet;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import fr.bobine.platform.money.Money;

/** Data of crew.timesheet.approved (v1); schema in src/main/resources/events/. */
public final class TimesheetEvents {

    public static final String APPROVED = "crew.timesheet.approved";

    private TimesheetEvents() {
    }

    public record Component(String item, String code, String quantity, Money amount) {
    }

    public record Approved(UUID timesheetId, UUID contractId, UUID productionId, UUID personId, String employeeNumber,
            String budgetLineCode, LocalDate weekStart, String hours, int cachets, List<Component> components, Money gross,
            Instant approvedAt) {
    }
}
