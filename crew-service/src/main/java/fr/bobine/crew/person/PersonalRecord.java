package fr.bobine.crew.person;

import java.time.LocalDate;
import java.util.UUID;

/** A person with decrypted personal data, for declarations built inside the service; never serialised to logs. */
public record PersonalRecord(UUID id, String employeeNumber, String lastName, String firstNames, Sex sex, PersonKind kind,
        String nir, LocalDate birthDate, String birthPlace, String birthDepartement, PostalAddress address,
        String congesSpectaclesNumber, LocalDate medicalVisitDate) {

    @Override
    public String toString() {
        return "PersonalRecord[" + id + "]";
    }
}
