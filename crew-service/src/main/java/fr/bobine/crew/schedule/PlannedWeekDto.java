package fr.bobine.crew.schedule;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import fr.bobine.platform.money.Money;

@Schema(name = "PlannedWeek", description = "A civil week (Monday to Sunday) of planned labour")
public record PlannedWeekDto(LocalDate weekStart, List<PlannedPersonWeekDto> people, Money gross) {
}
