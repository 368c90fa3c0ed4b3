package fr.bobine.crew.schedule;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ProductionOfficeInput", description = "The production office's settings printed on every call sheet and used "
        + "to call each department")
public record ProductionOfficeInput(
        @Size(max = 500) @Schema(nullable = true, example = "Hôtel de la Baie, 29242 Ouessant") String address,
        @Size(max = 50) @Schema(nullable = true, example = "+33 2 98 00 00 00") String phone,
        @NotNull @Size(max = 12) List<@NotNull @Valid DepartmentCall> departmentCalls,
        @NotNull @Size(max = 20) List<@NotNull @Valid EmergencyContact> emergencyContacts,
        @NotNull @Size(max = 200) List<@NotNull @Valid PositionDepartmentInput> positionDepartments) {
}
