package fr.bobine.crew.schedule;

import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ShootingSet", description = "A set or location of the production")
public record ShootingSetDto(
        UUID id,
        UUID productionId,
        String code,
        String name,
        SetKind kind,
        LocationAddress address,
        @Schema(nullable = true) String accessNotes,
        @Schema(nullable = true) String nearestHospital,
        long version,
        Instant createdAt,
        Instant updatedAt) {
}
