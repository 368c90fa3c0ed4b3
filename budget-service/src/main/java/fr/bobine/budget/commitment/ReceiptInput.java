package fr.bobine.budget.commitment;

import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import fr.bobine.platform.money.Money;

@Schema(name = "ReceiptInput", description = "What was received or signed off on the order so far (delivery note, sign-off)")
public record ReceiptInput(@NotNull Money received) {
}
