package fr.bobine.crew.dpae;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "DpaeAlert", description = "A contract starting within 48 hours whose DPAE is not accepted")
public record DpaeAlert(UUID contractId, UUID personId, String employeeNumber, LocalDate startDate,
        @Schema(type = SchemaType.STRING, pattern = "^[0-2][0-9]:[0-5][0-9](:[0-5][0-9])?$", example = "08:00") LocalTime firstHour,
        @Schema(nullable = true, description = "Absent when no DPAE was made") DpaeStatus dpaeStatus) {
}
