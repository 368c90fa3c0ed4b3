package fr.bobine.crew.person;

import java.time.LocalDate;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "NewPerson", description = "A technician or artist to register; personal data is encrypted at rest")
public record NewPerson(
        @NotBlank @Size(max = 100) @Schema(example = "Marchand") String lastName,
        @NotBlank @Size(max = 100) @Schema(example = "Claire") String firstNames,
        @NotNull Sex sex,
        @NotNull PersonKind kind,
        @Schema(nullable = true, description = "NIR with its key (15 characters, spaces allowed); absent for someone not yet registered",
                example = "2 95 10 99 126 111 93") String nir,
        @NotNull @Past LocalDate birthDate,
        @NotBlank @Size(max = 100) @Schema(example = "Brest") String birthPlace,
        @NotBlank @Pattern(regexp = "[0-9]{2}|2A|2B|97[1-6]|99", message = "must be a département code (2A/2B, 97x, 99 abroad)")
        @Schema(example = "29") String birthDepartement,
        @NotNull @Valid PostalAddress address,
        @Schema(nullable = true, example = "FR76 3000 6000 0112 3456 7890 189") String iban,
        @Size(max = 20) @Schema(nullable = true, description = "Congés Spectacles (Audiens) number", example = "C123456")
        String congesSpectaclesNumber,
        @Schema(nullable = true, description = "Date of the last medical visit (VIP or aptitude)") LocalDate medicalVisitDate) {

    @Override
    public String toString() {
        return "NewPerson[" + lastName + ", " + firstNames + ", personal data ***]";
    }
}
