package fr.bobine.rights.contract;

import java.time.LocalDate;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import fr.bobine.platform.money.Money;

@Schema(name = "RightsAmountDue", description = "An amount the contract makes payable: an instalment of a flat fee or the minimum guarantee")
public record AmountDue(String label, AmountKind kind, Money amount, PaymentTrigger trigger, @Schema(nullable = true) LocalDate dueOn, boolean recoupable) {

    public enum AmountKind {
        FLAT_FEE, MINIMUM_GUARANTEE
    }
}
