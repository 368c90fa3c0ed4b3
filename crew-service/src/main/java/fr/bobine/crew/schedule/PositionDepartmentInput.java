package fr.bobine.crew.schedule;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "PositionDepartment", description = "The department a position is called with on this production's call sheets")
public record PositionDepartmentInput(
        @NotBlank @Size(max = 40) @Schema(example = "3097-CHEF-ELEC") String positionCode,
        @NotNull Department department) {
}
