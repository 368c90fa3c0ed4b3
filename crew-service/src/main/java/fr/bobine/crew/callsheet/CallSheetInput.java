package fr.bobine.crew.callsheet;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CallSheetInput", description = "What the production office adds to a call sheet generated from the published "
        + "schedule, the contracts and its settings")
public record CallSheetInput(
        @NotNull @Schema(description = "A shooting day of the published schedule", example = "2027-03-10") LocalDate date,
        @Size(max = 30) @Schema(nullable = true) List<@NotNull @Valid TransportLeg> transport,
        @Size(max = 10) @Schema(nullable = true) List<@NotNull @Valid Meal> meals,
        @Size(max = 100) @Schema(nullable = true, description = "People called at another time than their department")
        List<@NotNull @Valid CallOverride> callOverrides,
        @Size(max = 2000) @Schema(nullable = true, example = "Marée haute à 19:42 : pas de plan en bas de falaise après 18:30") String notes) {

    List<TransportLeg> transportOrEmpty() {
        return transport == null ? List.of() : transport;
    }

    List<Meal> mealsOrEmpty() {
        return meals == null ? List.of() : meals;
    }

    List<CallOverride> overridesOrEmpty() {
        return callOverrides == null ? List.of() : callOverrides;
    }
}
