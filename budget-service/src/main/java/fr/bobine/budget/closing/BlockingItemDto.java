package fr.bobine.budget.closing;

import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import fr.bobine.platform.money.Money;

@Schema(name = "ClosingBlockingItem", description = "Something still open: a cost with open items is not final")
public record BlockingItemDto(Kind kind, @Schema(nullable = true) UUID id, String reference, String detail, Money amount) {

    @Schema(name = "ClosingBlockingItemKind")
    public enum Kind {
        /** an order not fully invoiced (its open part) */
        OPEN_ORDER,
        /** an invoice that did not pass the three-way match */
        MISMATCHED_INVOICE,
        /** a commitment booked by another service (crew contract, rights contract) not yet turned into actual cost */
        OPEN_COMMITMENT
    }
}
