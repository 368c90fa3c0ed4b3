package fr.bobine.budget.supplier;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import fr.bobine.platform.identifiers.ValidIban;
import fr.bobine.platform.identifiers.ValidSiret;

@Schema(name = "SupplierInput", description = "A supplier to record: name, SIRET, intra-EU VAT number, bank account")
public record SupplierInput(
        @NotBlank @Size(max = 200) String name,
        @NotNull @ValidSiret @Schema(example = "73282932000074") String siret,
        @Pattern(regexp = "^[A-Z]{2}[0-9A-Z]{2,13}$", message = "must be an intra-EU VAT number such as FR40732829320")
        @Schema(nullable = true, example = "FR40732829320") String vatNumber,
        @ValidIban @Size(max = 50)
        @Schema(nullable = true, example = "FR76 3000 6000 0112 3456 7890 189",
                description = "IBAN, spaces allowed: the length and structure of its country and the mod-97 key are checked")
        String iban) {
}
