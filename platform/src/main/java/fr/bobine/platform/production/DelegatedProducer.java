package fr.bobine.platform.production;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import fr.bobine.platform.identifiers.ValidSiret;

/** The delegated producer (producteur délégué): the company that carries the production and answers to the CNC. */
@Schema(name = "DelegatedProducer")
public record DelegatedProducer(
        @NotBlank @Size(max = 200) @Schema(example = "Les Films du Quai") String name,
        @NotNull @ValidSiret @Schema(description = "14-digit SIRET with a valid Luhn key", maxLength = 20,
                example = "73282932000074") String siret) {
}
