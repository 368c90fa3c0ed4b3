package fr.bobine.rights.work;

import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Work")
public record WorkDto(UUID id, UUID productionId, WorkKind kind, String title, @Schema(nullable = true) UUID adaptedFrom, List<RightsHolder> holders, long version) {
}
