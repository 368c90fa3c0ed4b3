package fr.bobine.crew.schedule;

import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ScheduledScene", description = "A scene as a shooting day lists it")
public record ScheduledSceneDto(UUID sceneId, String number, UUID shootingSetId, String setName, Setting setting, TimeOfDay timeOfDay,
        int eighths, @Schema(example = "2 3/8") String pages, List<CastMember> cast) {
}
