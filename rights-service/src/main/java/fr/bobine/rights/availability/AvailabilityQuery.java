package fr.bobine.rights.availability;

import java.time.LocalDate;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Can we license this medium in this territory and language, for this term, (exclusively)? */
@Schema(name = "AvailabilityQuery")
public record AvailabilityQuery(RightsMedia media, String territory, @Schema(nullable = true) String language, LocalDate from, LocalDate to, boolean exclusive) {
}
