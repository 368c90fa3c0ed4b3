package fr.bobine.rights.isan;

import jakarta.validation.constraints.NotBlank;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "NewIsan", description = "An ISAN as printed, with its check characters")
public record NewIsan(@NotBlank @Schema(example = "0000-0001-8947-0000-8-0000-0000-D") String isan) {
}
