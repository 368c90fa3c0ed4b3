package fr.bobine.rights.statement;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import fr.bobine.platform.money.Money;
import fr.bobine.rights.waterfall.Media;
import fr.bobine.rights.waterfall.ReceiptKind;

@Schema(name = "ReceiptPath", description = "The path one receipt took down the waterfall")
public record ReceiptPath(UUID receiptId, LocalDate receivedOn, Media media, String territory,
        @Schema(description = "Receipts of an exploitation, or an MG or pre-sale received") ReceiptKind kind, Money gross,
        @Schema(description = "What the participant asked about took from it") Money holderTook, List<ExplainedStep> steps) {
}
