package fr.bobine.rights.cuesheet;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CueSheet")
public record CueSheetDto(UUID id, UUID productionId, String productionTitle, @Schema(nullable = true) Integer episodeNumber,
        @Schema(nullable = true) String episodeTitle,
        String programmeDuration, @Schema(description = "Sum of the cues' durations, HH:MM:SS:FF") String totalMusic, CueSheetStatus status,
        List<Cue> cues, @Schema(nullable = true) Instant finalizedAt, long version) {
}
