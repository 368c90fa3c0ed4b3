package fr.bobine.rights.availability;

import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CueAvailability", description = "Whether every music cue of a cue sheet may be used in an exploitation, cue by cue")
public record CueAvailability(AvailabilityQuery query, UUID cueSheetId,
        @Schema(description = "Every cue is licensed for the exploitation asked") boolean available, List<Line> cues) {

    @Schema(name = "CueAvailabilityLine", description = "One cue: licensed or not, and every reason why not")
    public record Line(int number, String title, @Schema(nullable = true) UUID workId, @Schema(nullable = true) String workTitle,
            boolean available, List<String> reasons) {
    }
}
