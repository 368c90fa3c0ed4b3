package fr.bobine.crew.contract;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import fr.bobine.platform.money.Money;

@Schema(name = "CrewContractAmendment", description = "An amendment (avenant) both parties signed: what changes from "
        + "effectiveFrom; absent fields keep their value")
public record NewAmendment(
        @NotNull @Schema(example = "2027-03-15") LocalDate effectiveFrom,
        @NotNull @Schema(description = "The day both parties signed it", example = "2027-03-10") LocalDate signedOn,
        @Schema(nullable = true, description = "The new weekly rate for the weekly hours, or daily rate") Money rate,
        @Schema(nullable = true, description = "The new end date: an extension or an earlier term") LocalDate endDate,
        @Valid @Size(max = 20) @Schema(nullable = true, description = "The allowances from effectiveFrom, all of them")
        List<@NotNull @Valid Allowance> allowances,
        @NotBlank @Size(max = 2000) @Schema(example = "Promotion to chef opérateur from the third week") String reason) {
}
