package fr.bobine.rights.receipt;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import fr.bobine.platform.money.Money;
import fr.bobine.rights.waterfall.Media;

@Schema(name = "Receipt", description = "A receipt and what each position of each waterfall version took from it")
public record ReceiptDto(
        UUID id,
        UUID productionId,
        @Schema(description = "Order in which receipts run down the waterfalls") long sequence,
        ReceiptSource source,
        String reference,
        LocalDate receivedOn,
        Media media,
        String territory,
        Money gross,
        @Schema(nullable = true) Integer admissions,
        @Schema(nullable = true, description = "The distribution-service report it came from") UUID reportId,
        List<ReceiptAllocation> allocations) {
}
