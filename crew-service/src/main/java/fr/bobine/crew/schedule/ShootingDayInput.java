package fr.bobine.crew.schedule;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ShootingDayInput", description = "A shooting day: the unit call, the estimated wrap (at or before the call: the "
        + "next morning), the meal break and the scenes in shooting order; times in quarter hours")
public record ShootingDayInput(
        @NotNull @Schema(example = "2027-03-10") LocalDate date,
        @NotNull @Schema(type = SchemaType.STRING, pattern = WireTime.PATTERN, example = "15:00") LocalTime unitCall,
        @NotNull @Schema(type = SchemaType.STRING, pattern = WireTime.PATTERN, example = "02:00") LocalTime estimatedWrap,
        @NotNull @Min(0) @Max(240) @Schema(example = "60") Integer mealBreakMinutes,
        @Size(max = 2000) @Schema(nullable = true) String notes,
        @NotNull @Size(max = 60) List<@NotNull UUID> sceneIds) {
}
