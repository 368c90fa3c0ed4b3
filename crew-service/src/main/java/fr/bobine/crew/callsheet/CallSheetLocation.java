package fr.bobine.crew.callsheet;

import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import fr.bobine.crew.schedule.LocationAddress;
import fr.bobine.crew.schedule.SetKind;

@Schema(name = "CallSheetLocation", description = "A set of the day with its address, access and nearest hospital")
public record CallSheetLocation(UUID shootingSetId, String code, String name, SetKind kind, LocationAddress address,
        @Schema(nullable = true) String accessNotes, @Schema(nullable = true) String nearestHospital) {
}
