package fr.bobine.rights.receipt;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import fr.bobine.platform.money.Money;
import fr.bobine.rights.waterfall.Media;
import fr.bobine.rights.waterfall.ReceiptKind;

@Schema(name = "Receipt", description = "A receipt and what each position of each waterfall version took from it")
public record ReceiptDto(
        UUID id,
        UUID productionId,
        @Schema(description = "Order in which receipts run down the waterfalls") long sequence,
        ReceiptSource source,
        @Schema(nullable = true) String reference,
        LocalDate receivedOn,
        Media media,
        String territory,
        Money gross,
        @Schema(description = "Receipts of an exploitation, or an MG or pre-sale received (enters where RNPP is measured)")
        ReceiptKind kind,
        @Schema(description = "An MG or pre-sale that is part of the final financing plan") boolean inFinancingPlan,
        @Schema(nullable = true) Integer admissions,
        @Schema(nullable = true, description = "The distribution-service report it came from") UUID reportId,
        List<ReceiptAllocation> allocations) {
}
