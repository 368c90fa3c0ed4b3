package fr.bobine.rights.isan;

import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ProductionIsan", description = "The production's ISAN: root, episode and version (V-ISAN), and the printed form")
public record IsanDto(UUID productionId, String isan, String root, String episode, String version, Instant registeredAt) {
}
