package fr.bobine.crew.dpae;

import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "DpaeAnswer", description = "URSSAF's return for a sent DPAE: accepted (certificate) or rejected (message)")
public record DpaeAnswer(boolean accepted,
        @Size(max = 500) @Schema(nullable = true, description = "The rejection message when not accepted") String message) {
}
