package fr.bobine.rights.work;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "RightsHolder", description = "An author or other holder of rights in a work (a person or a company)")
public record RightsHolder(
        @NotBlank String name,
        @NotNull HolderKind kind,
        @NotEmpty List<HolderRole> roles,
        @Schema(description = "IPI name number (11 digits) or base number (I-999999999-9) where known") String ipi,
        Society society,
        @Schema(description = "Agent or agency representing the holder") String agent) {
}
