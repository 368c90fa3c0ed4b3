package fr.bobine.crew.schedule;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CastDays", description = "The days a cast member works in this schedule (their scenes' days)")
public record CastDaysDto(UUID personId, String name, int days, List<LocalDate> dates) {
}
