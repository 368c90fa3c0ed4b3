package fr.bobine.budget.payment;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import fr.bobine.platform.money.Money;

@Schema(name = "NewPayment", description = "A payment typed by hand; the same rules as an imported line apply")
public record NewPayment(@NotNull UUID invoiceId, @NotNull @Schema(example = "2027-05-30") LocalDate paidOn,
        @NotNull Money amount,
        @Size(max = 100) @Schema(nullable = true, description = "the bank line's reference; a digest when absent",
                example = "VIR-2027-0530-01") String reference,
        @Size(max = 200) @Schema(nullable = true) String label) {
}
