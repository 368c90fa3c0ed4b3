package fr.bobine.rights.cuesheet;

import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonProperty;

/** isrc() would otherwise read to Jackson as an is-getter of a property "rc". */
@JsonAutoDetect(isGetterVisibility = JsonAutoDetect.Visibility.NONE)
@Schema(name = "Cue", description = "One use of a piece of music in the programme, timecodes HH:MM:SS or HH:MM:SS:FF at 25 fps")
public record Cue(
        int number,
        @NotBlank String title,
        @Schema(description = "ISWC, T followed by 10 digits (dashes and dots allowed)", example = "T-034.524.680-1") String iswc,
        @Schema(description = "ISRC, 12 characters", example = "FR-Z03-14-00212") @JsonProperty("isrc") String isrc,
        @NotNull CueOrigin origin,
        @NotNull CueUse use,
        @Schema(description = "Sound track or layer, 1 when absent") Integer track,
        @NotBlank String timecodeIn,
        @NotBlank String timecodeOut,
        @Schema(description = "Computed: timecode out minus timecode in", readOnly = true) String duration,
        @NotEmpty List<@Valid CueParty> parties,
        @Schema(nullable = true, description = "The music work of the production's catalogue (ORIGINAL_SCORE or "
                + "PRE_EXISTING_MUSIC) whose signed licences say where and how long the cue may be used") UUID workId) {
}
