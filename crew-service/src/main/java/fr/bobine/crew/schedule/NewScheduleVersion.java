package fr.bobine.crew.schedule;

import java.util.UUID;

import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "NewScheduleVersion", description = "A new draft of the shooting schedule, empty or a copy of another version")
public record NewScheduleVersion(
        @Size(max = 200) @Schema(nullable = true, example = "V3 après repérages") String label,
        @Schema(nullable = true, description = "A version of this production whose days and scenes the draft starts from")
        UUID copyOf) {
}
