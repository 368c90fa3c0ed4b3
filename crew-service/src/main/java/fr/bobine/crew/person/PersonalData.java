package fr.bobine.crew.person;

import java.time.LocalDate;

/** What is encrypted at rest, as one JSON document. Never logged: toString shows nothing. */
record PersonalData(String nir, LocalDate birthDate, String birthPlace, String birthDepartement, PostalAddress address,
        String iban) {

    /** What is left once the person is pseudonymised: nothing. */
    static final PersonalData ERASED = new PersonalData(null, null, null, null, null, null);

    @Override
    public String toString() {
        return "PersonalData[***]";
    }
}
