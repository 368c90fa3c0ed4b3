package fr.bobine.rights.contract;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "RightsContractSignature", description = "The date the last party signed and who signed for the production")
public record ContractSignature(@NotNull LocalDate signedOn, @NotBlank String signedBy) {
}
