package fr.bobine.rights.receipt;

import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import fr.bobine.platform.money.Money;

@Schema(name = "ReceiptAllocation", description = "What one holder's position took from a receipt in one waterfall version")
public record ReceiptAllocation(UUID waterfallId, String positionId, String holder, Money amount) {
}
