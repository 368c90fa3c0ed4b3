package fr.bobine.distribution.screening;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import fr.bobine.distribution.territory.CountryCode;

@Schema(name = "NewScreening", description = "A public or private screening to add to the log")
public record NewScreening(
        @NotNull LocalDate screenedOn,
        @NotNull @CountryCode @Schema(example = "FR", description = "Where it took place; for a geo-blocked online screening, the only country it reached") String country,
        @NotNull ScreeningKind kind,
        @NotNull @Schema(description = "Open to the public (a market or press screening is not)") Boolean isPublic,
        @Size(max = 200) @Schema(nullable = true, example = "Festival du film de Cabourg") String event) {

    ScreeningFact toFact() {
        return new ScreeningFact(null, screenedOn, country, kind, isPublic, event);
    }
}
