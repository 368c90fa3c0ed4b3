package fr.bobine.crew.callsheet;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

/** Data of crew.callsheet.sent (v1); schema in src/main/resources/events/. Ids and times only: no names, no contact data. */
public final class CallSheetEvents {

    public static final String SENT = "crew.callsheet.sent";

    private CallSheetEvents() {
    }

    public record Location(UUID shootingSetId, String name, String town) {
    }

    public record Recipient(UUID personId, String department, LocalDateTime call, LocalDateTime wrap) {
    }

    public record Notice(UUID personId, List<String> reasons) {
    }

    public record Sent(UUID callSheetId, UUID productionId, LocalDate date, int dayNumber, int number, UUID supersedes,
            UUID scheduleVersionId, List<Location> locations, List<Recipient> recipients, List<Notice> toNotify, Instant sentAt) {
    }
}
