package fr.bobine.crew.callsheet;

import java.time.LocalDateTime;
import java.util.UUID;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CallOverride", description = "A person called at another time than their department, on the quarter hour")
public record CallOverride(
        @NotNull UUID personId,
        @NotNull @Schema(example = "2027-03-10T13:30:00") LocalDateTime call,
        @Size(max = 200) @Schema(nullable = true, example = "Pré-light de la lanterne") String reason) {
}
