package fr.bobine.crew.person;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Person", description = "A technician or artist. Personal data is in full for the payroll role only, masked otherwise")
public record PersonDto(
        UUID id,
        @Schema(description = "The payroll employee number (matricule)", example = "S000042") String employeeNumber,
        @Schema(description = "The employee number once pseudonymised") String lastName,
        @Schema(description = "Empty once pseudonymised") String firstNames,
        @Schema(nullable = true, description = "Absent once pseudonymised") Sex sex,
        PersonKind kind,
        @Schema(description = "true when the personal data below is masked for the caller's role") boolean masked,
        @Schema(nullable = true, example = "2 ** ** ** *** *** 93") String nir,
        @Schema(nullable = true, description = "Absent when masked") LocalDate birthDate,
        @Schema(nullable = true) String birthPlace,
        @Schema(nullable = true) String birthDepartement,
        @Schema(nullable = true, description = "Absent when masked") PostalAddress address,
        @Schema(nullable = true, example = "FR76 **** 0189") String iban,
        @Schema(nullable = true) String congesSpectaclesNumber,
        @Schema(nullable = true) LocalDate medicalVisitDate,
        long version,
        Instant createdAt,
        @Schema(nullable = true, description = "When the personal data was erased, the payroll records having been kept long "
                + "enough; the record keeps its id, employee number and kind") Instant pseudonymisedAt) {

    @Override
    public String toString() {
        return "Person[" + id + ", " + employeeNumber + "]";
    }
}
