package fr.bobine.crew.callsheet;

import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import fr.bobine.crew.schedule.Department;

@Schema(name = "CallSheetPerson", description = "Someone called: their department, position or characters, call and wrap")
public record CallSheetPerson(
        UUID personId,
        String name,
        Department department,
        @Schema(nullable = true, description = "The position of their contract") String position,
        @Schema(description = "The characters they play today (cast)") List<String> characters,
        @Schema(description = "The numbers of the day's scenes they play in (cast)") List<String> scenes,
        LocalDateTime call,
        LocalDateTime wrap,
        @Schema(nullable = true, description = "Why the call differs from their department's, or that no signed contract covers the day")
        String note) {
}
