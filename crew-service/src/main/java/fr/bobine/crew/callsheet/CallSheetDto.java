package fr.bobine.crew.callsheet;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import fr.bobine.crew.schedule.EmergencyContact;
import fr.bobine.crew.schedule.RestFindingDto;

@Schema(name = "CallSheet", description = "The call sheet (feuille de service) of a shooting day: who is called where and when, the "
        + "scenes, transport, meals and emergency contacts; a late change is a new version of the day's sheet")
public record CallSheetDto(
        UUID id,
        UUID productionId,
        String productionTitle,
        LocalDate date,
        @Schema(description = "Day of the schedule, 1 for the first") int dayNumber,
        int shootingDays,
        @Schema(description = "Version of the day's call sheet, 1 for the first") int number,
        CallSheetStatus status,
        UUID scheduleVersionId,
        int scheduleVersionNumber,
        @Schema(type = SchemaType.STRING, pattern = "^[0-2][0-9]:[0-5][0-9](:[0-5][0-9])?$", example = "15:00") LocalTime unitCall,
        @Schema(type = SchemaType.STRING, pattern = "^[0-2][0-9]:[0-5][0-9](:[0-5][0-9])?$", example = "02:00") LocalTime estimatedWrap,
        boolean wrapsNextDay,
        int mealBreakMinutes,
        @Schema(nullable = true, description = "The schedule's notes for the day") String dayNotes,
        List<CallSheetLocation> locations,
        List<CallSheetScene> scenes,
        List<CallSheetPerson> cast,
        @Schema(description = "The crew in department order") List<CallSheetPerson> crew,
        List<TransportLeg> transport,
        List<Meal> meals,
        List<EmergencyContact> emergencyContacts,
        @Schema(nullable = true) String productionOfficeAddress,
        @Schema(nullable = true) String productionOfficePhone,
        @Schema(nullable = true) String notes,
        @Schema(description = "Rests before or after this day shorter than the agreements ask (warnings)") List<RestFindingDto> restFindings,
        @Schema(nullable = true, description = "Set when a call sheet of this day was already sent") CallSheetChange change,
        long version,
        Instant createdAt,
        Instant updatedAt,
        @Schema(nullable = true) Instant sentAt,
        @Schema(nullable = true) String sentBy) {

    static CallSheetDto of(CallSheet s, CallSheetContent c) {
        return new CallSheetDto(s.id, s.productionId, c.productionTitle(), s.date, c.dayNumber(), c.shootingDays(), s.number, s.status,
                c.scheduleVersionId(), c.scheduleVersionNumber(), c.unitCall(), c.estimatedWrap(), c.wrapsNextDay(),
                c.mealBreakMinutes(), c.dayNotes(), c.locations(), c.scenes(), c.cast(), c.crew(), c.transport(), c.meals(),
                c.emergencyContacts(), c.officeAddress(), c.officePhone(), c.notes(), c.restFindings(), c.change(), s.version,
                s.createdAt, s.updatedAt, s.sentAt, s.sentBy);
    }
}
