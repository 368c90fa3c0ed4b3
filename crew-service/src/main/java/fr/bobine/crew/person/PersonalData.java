package fr.bobine.crew.person;

import java.time.LocalDate;

/** What is encrypted at rest, as one JSON document. Never logged: toString shows nothing. */
record PersonalData(String nir, LocalDate birthDate, String birthPlace, String birthDepartement, PostalAddress address,
        String iban) {

    @Override
    public String toString() {
        return "PersonalData[***]";
    }
}
