package fr.bobine.crew.callsheet;

import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

import fr.bobine.crew.schedule.EmergencyContact;
import fr.bobine.crew.schedule.RestFindingDto;

/** What a call sheet says, as generated and stored (JSON): a sent call sheet keeps it whatever changes afterwards. */
record CallSheetContent(String productionTitle, int dayNumber, int shootingDays, UUID scheduleVersionId, int scheduleVersionNumber,
        LocalTime unitCall, LocalTime estimatedWrap, boolean wrapsNextDay, int mealBreakMinutes, String dayNotes,
        List<CallSheetLocation> locations, List<CallSheetScene> scenes, List<CallSheetPerson> cast, List<CallSheetPerson> crew,
        List<TransportLeg> transport, List<Meal> meals, List<EmergencyContact> emergencyContacts, String officeAddress,
        String officePhone, String notes, List<RestFindingDto> restFindings, CallSheetChange change) {
}
