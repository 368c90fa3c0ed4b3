package fr.bobine.crew.contract;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Cancellation", description = "Why a contract is cancelled")
public record Cancellation(@NotBlank @Size(max = 500) @Schema(example = "Shooting day moved") String reason) {
}
