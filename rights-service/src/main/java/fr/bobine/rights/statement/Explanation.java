package fr.bobine.rights.statement;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import fr.bobine.platform.money.Money;

@Schema(name = "Explanation", description = "For a participant and a period, the path every euro took")
public record Explanation(UUID waterfallId, @Schema(nullable = true) String holder, @Schema(nullable = true) LocalDate from,
        @Schema(nullable = true) LocalDate to,
        Money holderTotal, List<ReceiptPath> receipts) {
}
