package fr.bobine.rights.preset;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import fr.bobine.platform.money.Money;

@Schema(name = "TheatricalFranceRequest", description = "The terms of a French theatrical release, to build a waterfall version from")
public record TheatricalFranceRequest(
        @NotBlank @Size(max = 200) @Schema(example = "Sortie salles France") String name,
        @NotNull @Schema(example = "2026-03-04") LocalDate releaseDate,
        @NotBlank @Schema(example = "Haut et Court Distribution") String distributor,
        @NotBlank @Schema(example = "Les Films du Quai") String producer,
        @DecimalMin("0.25") @DecimalMax("0.50") @Schema(type = SchemaType.STRING, nullable = true,
                description = "Distributor's share of the split base (L213-11: 25% to 50%); the dated default when absent") BigDecimal rentalRate,
        @NotNull @DecimalMin("0") @DecimalMax("1") @Schema(type = SchemaType.STRING, example = "0.30") BigDecimal commissionRate,
        @Valid List<@NotNull @Valid PresetExpense> expenses,
        @Schema(nullable = true, description = "Cap on the capped expenses") Money expensesCap,
        @Schema(nullable = true, description = "The distributor's minimum guarantee") Money minimumGuarantee,
        @Valid List<@NotNull @Valid PresetAuthor> authors,
        @Schema(nullable = true, description = "The distribution contract of the minimum guarantee: an amendment of that MG "
                + "(distribution.contract.amended) changes what the MG position recoups") UUID minimumGuaranteeContractId) {

    @Schema(name = "PresetExpense", description = "A P&A expense the distributor recoups")
    public record PresetExpense(@NotBlank String label, @NotNull Money amount, boolean capped) {
    }

    @Schema(name = "PresetAuthor", description = "An author's percentage of RNPP")
    public record PresetAuthor(@NotBlank String holder,
            @NotNull @DecimalMin("0") @DecimalMax("1") @Schema(type = SchemaType.STRING, example = "0.02") BigDecimal rate,
            @Schema(nullable = true, description = "Advance (à-valoir) already paid") Money advance) {
    }
}
