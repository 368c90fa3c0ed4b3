package fr.bobine.distribution.screening;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Screening", description = "One entry of the append-only screening log")
public record ScreeningDto(UUID id, UUID productionId, LocalDate screenedOn,
        @Schema(example = "FR") String country, ScreeningKind kind, boolean isPublic,
        @Schema(nullable = true) String event, Instant recordedAt, String recordedBy) {
}
