package fr.bobine.crew.schedule;

import java.time.LocalDate;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "UncostedCall", description = "Someone called on a day whose labour cannot be planned, and why")
public record UncostedCallDto(LocalDate date, UUID personId, String name, String reason) {
}
