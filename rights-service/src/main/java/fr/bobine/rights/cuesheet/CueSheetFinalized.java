package fr.bobine.rights.cuesheet;

import java.time.Instant;
import java.util.UUID;

/** Data of rights.cuesheet.finalized v1: distribution-service counts the cue sheet among the deliverables. */
public record CueSheetFinalized(UUID cueSheetId, UUID productionId, Integer episodeNumber, int cueCount, String programmeDuration,
        String totalMusic, Instant finalizedAt) {
}
