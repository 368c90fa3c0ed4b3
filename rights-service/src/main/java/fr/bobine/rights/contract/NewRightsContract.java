package fr.bobine.rights.contract;

import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import fr.bobine.rights.availability.RightsBlock;

@Schema(name = "NewRightsContract", description = "An assignment or licence of rights in one work from one holder to the production")
public record NewRightsContract(
        @NotNull UUID workId,
        @NotNull ContractKind kind,
        @NotBlank String holderName,
        @Schema(description = "The lawyer's or the holder's reference") String reference,
        @NotEmpty List<@Valid RightsBlock> blocks,
        @NotNull @Valid Remuneration remuneration) {
}
