package fr.bobine.crew.schedule;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Scene", description = "A scene of the script breakdown")
public record SceneDto(
        UUID id,
        UUID productionId,
        String number,
        UUID shootingSetId,
        String setName,
        Setting setting,
        TimeOfDay timeOfDay,
        int eighths,
        @Schema(description = "The length as written: 2 3/8", example = "2 3/8") String pages,
        @Schema(nullable = true) String synopsis,
        List<CastMember> cast,
        List<String> specialNeeds,
        long version,
        Instant createdAt,
        Instant updatedAt) {
}
