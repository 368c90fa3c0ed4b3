package fr.bobine.budget.supplier;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import fr.bobine.platform.identifiers.ValidSiret;

@Schema(name = "SupplierInput", description = "A supplier to record: name, SIRET, intra-EU VAT number, bank account")
public record SupplierInput(
        @NotBlank @Size(max = 200) String name,
        @NotNull @ValidSiret @Schema(example = "73282932000074") String siret,
        @Pattern(regexp = "^[A-Z]{2}[0-9A-Z]{2,13}$", message = "must be an intra-EU VAT number such as FR40732829320")
        @Schema(nullable = true, example = "FR40732829320") String vatNumber,
        @Pattern(regexp = "^[A-Z]{2}[0-9]{2}[0-9A-Z]{11,30}$", message = "must be an IBAN without spaces")
        @Schema(nullable = true, example = "FR7630006000011234567890189") String iban) {
}
