package fr.bobine.budget.carbon;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CarbonFactor", description = "An emission factor of an activity from a date, with its source")
public record CarbonFactorDto(UUID id, @Schema(example = "TRAIN_HIGH_SPEED") String activityCode,
        @Schema(example = "0.002930", description = "kgCO2e per unit of the activity, decimal string") String kgCo2ePerUnit,
        LocalDate validFrom, String source, String createdBy, Instant createdAt) {

    static CarbonFactorDto of(CarbonFactor f) {
        return new CarbonFactorDto(f.id, f.activityCode, f.kgCo2ePerUnit.setScale(6).toPlainString(), f.validFrom, f.source,
                f.createdBy, f.createdAt);
    }
}
