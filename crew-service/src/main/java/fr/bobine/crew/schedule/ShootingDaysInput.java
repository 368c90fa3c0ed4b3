package fr.bobine.crew.schedule;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ShootingDaysInput", description = "All the shooting days of a draft version, in any order")
public record ShootingDaysInput(@NotNull @Size(max = 400) List<@NotNull @Valid ShootingDayInput> days) {
}
