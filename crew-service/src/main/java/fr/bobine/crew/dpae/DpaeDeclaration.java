package fr.bobine.crew.dpae;

import java.time.LocalDate;
import java.time.LocalTime;

/**
 * The content of a DPAE, art. R1221-1 C. trav.: 1° the employer (name, APE, address, SIRET, health service), 2° the
 * employee (names, sex, birth date and place, NIR if any), 3° date and hour of hiring, 4° nature and term of the contract.
 */
public record DpaeDeclaration(String employerName, String employerSiret, String apeCode, String urssafCode, String employerStreet,
        String employerPostcode, String employerTown, String healthService, String surname, String firstNames, int sexCode,
        String nir, LocalDate birthDate, String birthPlace, String birthDepartement, LocalDate startDate, LocalTime startTime,
        LocalDate endDate, String natureCode) {

    @Override
    public String toString() {
        return "DpaeDeclaration[" + employerSiret + ", " + startDate + "]";
    }
}
