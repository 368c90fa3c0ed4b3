package fr.bobine.rights.statement;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import fr.bobine.platform.money.Money;
import fr.bobine.rights.waterfall.Media;

@Schema(name = "ReceiptPath", description = "The path one receipt took down the waterfall")
public record ReceiptPath(UUID receiptId, LocalDate receivedOn, Media media, String territory, Money gross,
        @Schema(description = "What the participant asked about took from it") Money holderTook, List<ExplainedStep> steps) {
}
