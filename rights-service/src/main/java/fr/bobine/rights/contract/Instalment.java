package fr.bobine.rights.contract;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import fr.bobine.platform.money.Money;

@Schema(name = "RightsFeeInstalment", description = "One instalment of a flat fee (prime forfaitaire)")
public record Instalment(@NotBlank String label, @NotNull Money amount, @NotNull PaymentTrigger trigger,
        @Schema(nullable = true, description = "Required when the trigger is ON_DATE") LocalDate dueOn) {
}
