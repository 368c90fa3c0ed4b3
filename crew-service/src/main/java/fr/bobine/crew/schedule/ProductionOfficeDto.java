package fr.bobine.crew.schedule;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ProductionOffice", description = "The production office's settings: its address and phone, the call of each "
        + "department relative to the unit call, the emergency contacts, the positions it files under another department")
public record ProductionOfficeDto(
        UUID productionId,
        @Schema(nullable = true) String address,
        @Schema(nullable = true) String phone,
        List<DepartmentCall> departmentCalls,
        List<EmergencyContact> emergencyContacts,
        List<PositionDepartmentInput> positionDepartments,
        @Schema(description = "0 until the settings are first saved") long version,
        @Schema(nullable = true) Instant updatedAt) {
}
