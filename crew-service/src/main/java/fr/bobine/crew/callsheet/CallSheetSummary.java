package fr.bobine.crew.callsheet;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CallSheetSummary", description = "A call sheet in a list")
public record CallSheetSummary(UUID id, LocalDate date, int dayNumber, int number, CallSheetStatus status, int called,
        @Schema(nullable = true) UUID supersedes, long version, Instant createdAt, @Schema(nullable = true) Instant sentAt) {
}
