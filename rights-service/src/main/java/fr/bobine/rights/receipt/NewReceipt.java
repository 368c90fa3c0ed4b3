package fr.bobine.rights.receipt;

import java.time.LocalDate;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import fr.bobine.platform.money.Money;
import fr.bobine.rights.waterfall.Media;

@Schema(name = "NewReceipt", description = "Money received for a production, entered by hand")
public record NewReceipt(
        @NotNull @Schema(example = "2026-03-10") LocalDate receivedOn,
        @NotNull Media media,
        @NotNull @Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166-1 alpha-2 code such as FR") @Schema(example = "FR") String territory,
        @NotNull @Schema(description = "Gross receipt; for theatrical, the box office at the public price") Money gross,
        @Min(0) @Schema(nullable = true, description = "Paid admissions, for per-ticket positions") Integer admissions,
        @Size(max = 200) @Schema(nullable = true, description = "The payer's reference; unique per production", example = "Bordereau CNC S11")
        String reference) {
}
