package fr.bobine.crew.callsheet;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import fr.bobine.crew.schedule.Setting;
import fr.bobine.crew.schedule.TimeOfDay;

@Schema(name = "CallSheetScene", description = "A scene of the day in shooting order")
public record CallSheetScene(String number, String setName, Setting setting, TimeOfDay timeOfDay, String pages,
        @Schema(nullable = true) String synopsis, List<String> characters, List<String> specialNeeds) {
}
