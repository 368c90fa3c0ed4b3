package fr.bobine.rights.cuesheet;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Positive;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "NewCueSheet", description = "The music cue sheet (relevé des œuvres musicales) of the production or of one episode")
public record NewCueSheet(
        @Positive @Schema(description = "Episode number for a series; absent for a film") Integer episodeNumber,
        String episodeTitle,
        @NotBlank @Schema(description = "Programme length, HH:MM:SS[:FF]", example = "01:38:12:00") String programmeDuration,
        @NotEmpty List<@Valid Cue> cues) {
}
