package fr.bobine.crew.schedule;

import java.time.LocalDate;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import fr.bobine.crew.grid.Agreement;
import fr.bobine.crew.person.PersonKind;

@Schema(name = "DailyRestRule", description = "The daily rest an agreement asks between the end of a day and the next call, "
        + "for technicians or artists, with its validity")
public record DailyRestRuleDto(
        UUID id,
        Agreement agreement,
        PersonKind staff,
        @Schema(description = "The rest asked for, in minutes", example = "660") int restMinutes,
        @Schema(description = "Below this no call is allowed", example = "540") int floorMinutes,
        @Schema(nullable = true, description = "Shortened rests a civil week allows; null when the agreement sets no cap")
        Integer reductionsPerWeek,
        @Schema(nullable = true, description = "Premium of the hours that cut into the rest, as a fraction of the base hourly rate "
                + "(decimal string, six decimals: 1.000000 = +100 %, 0.500000 = +50 %); null when the agreement compensates them otherwise or the "
                + "premium is not established for this staff", example = "1.000000")
        String premiumRate,
        LocalDate validFrom,
        @Schema(nullable = true) LocalDate validTo,
        String source) {
}
