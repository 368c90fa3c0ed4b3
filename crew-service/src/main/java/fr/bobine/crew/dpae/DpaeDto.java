package fr.bobine.crew.dpae;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Dpae", description = "The DPAE of a contract, its status and its deadline window")
public record DpaeDto(UUID id, UUID contractId, UUID productionId, DpaeStatus status,
        @Schema(description = "Date and hour of hiring, Europe/Paris") LocalDateTime hireAt,
        @Schema(description = "Not earlier than 8 days before the hiring (R1221-4)") Instant earliestAt,
        @Schema(description = "Before the first hour of work (L1221-10)") Instant deadline,
        @Schema(nullable = true) Instant sentAt, @Schema(nullable = true) String fluxId,
        @Schema(nullable = true) Instant answeredAt, @Schema(nullable = true) String rejectionReason, long version) {
}
