package fr.bobine.rights.receipt;

import java.time.LocalDate;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import fr.bobine.platform.money.Money;
import fr.bobine.rights.waterfall.Media;
import fr.bobine.rights.waterfall.ReceiptKind;

@Schema(name = "NewReceipt", description = "Money received for a production, entered by hand: receipts of an exploitation, an MG or a pre-sale")
public record NewReceipt(
        @NotNull @Schema(example = "2026-03-10") LocalDate receivedOn,
        @NotNull Media media,
        @NotNull @Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166-1 alpha-2 code such as FR") @Schema(example = "FR") String territory,
        @NotNull @Schema(description = "Gross receipt; for theatrical, the box office at the public price") Money gross,
        @Min(0) @Schema(nullable = true, description = "Paid admissions, for per-ticket positions") Integer admissions,
        @Size(max = 200) @Schema(nullable = true, description = "The payer's reference; unique per production", example = "Bordereau CNC S11")
        String reference,
        @Schema(nullable = true, description = "EXPLOITATION (the default) enters the waterfalls at their entry; a "
                + "MINIMUM_GUARANTEE or PRE_SALE the producer received enters where RNPP is measured and counts as RNPP "
                + "at once (protocol of 16/12/2010, art. 3.2)") ReceiptKind kind,
        @Schema(nullable = true, description = "An MG or pre-sale that is part of the final financing plan (false by "
                + "default); RNPP-AI and, by default, RNPP-A do not count it") Boolean inFinancingPlan) {

    public ReceiptKind kindOrDefault() {
        return kind == null ? ReceiptKind.EXPLOITATION : kind;
    }
}
