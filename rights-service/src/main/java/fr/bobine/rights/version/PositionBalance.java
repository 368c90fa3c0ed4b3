package fr.bobine.rights.version;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import fr.bobine.platform.money.Money;
import fr.bobine.rights.waterfall.PositionKind;

@Schema(name = "PositionBalance", description = "What a position has received so far, against its entitlement or target")
public record PositionBalance(
        String positionId,
        String holder,
        PositionKind kind,
        Money received,
        @Schema(nullable = true, description = "Accrued entitlement of percentage and per-ticket positions") Money entitlement,
        @Schema(nullable = true, description = "Recoupment target (MG, expenses, investment) as of today") Money target) {
}
