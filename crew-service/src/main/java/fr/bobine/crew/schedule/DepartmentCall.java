package fr.bobine.crew.schedule;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "DepartmentCall", description = "When a department is called and released relative to the unit: -60 calls the "
        + "electricians an hour before the unit call; minutes in quarter hours")
public record DepartmentCall(
        @NotNull Department department,
        @NotNull @Min(-600) @Max(600) @Schema(example = "-60") Integer callOffsetMinutes,
        @NotNull @Min(-600) @Max(600) @Schema(example = "0") Integer wrapOffsetMinutes) {
}
