package fr.bobine.budget.financing;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import fr.bobine.platform.money.Money;

@Schema(name = "FinancingInstalment", description = "A scheduled payment of a source")
public record InstalmentInput(@NotNull LocalDate dueDate, @NotNull Money amount,
        @Schema(nullable = true) LocalDate receivedDate) {
}
