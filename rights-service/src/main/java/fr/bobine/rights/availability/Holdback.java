package fr.bobine.rights.availability;

import java.time.LocalDate;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A promise not to exploit a medium in a licence's territories before a date (e.g. no SVOD before the pay-TV window ends). */
@Schema(name = "Holdback")
public record Holdback(RightsMedia media, LocalDate until) {
}
