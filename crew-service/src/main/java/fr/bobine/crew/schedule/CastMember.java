package fr.bobine.crew.schedule;

import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CastMember", description = "A person of the cast in a scene, and the character they play")
public record CastMember(
        @NotNull @Schema(description = "A person registered in crew-service") UUID personId,
        @NotBlank @Size(max = 200) @Schema(example = "Anna, la gardienne") String character) {
}
