package fr.bobine.crew.schedule;

import java.time.LocalDateTime;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import fr.bobine.crew.grid.Agreement;

@Schema(name = "RestFinding", description = "A rest between a person's wrap and their next call shorter than their agreement "
        + "asks: a WARNING the agreement allows with its compensation, or a REFUSAL (never stored)")
public record RestFindingDto(
        UUID personId,
        String name,
        @Schema(nullable = true) UUID contractId,
        Agreement agreement,
        DailyRest.Verdict verdict,
        LocalDateTime previousWrap,
        LocalDateTime nextCall,
        @Schema(description = "Minutes between the wrap and the call") long restMinutes,
        @Schema(description = "Minutes missing to the rest the agreement asks") long shortfallMinutes,
        String reason) {

    public static RestFindingDto of(UnitCalls.RestFinding f) {
        return new RestFindingDto(f.personId(), f.name(), f.contractId(), f.agreement(), f.finding().verdict(),
                f.finding().previousEnd(), f.finding().nextStart(), f.finding().restMinutes(), f.finding().shortfallMinutes(),
                f.finding().reason());
    }
}
