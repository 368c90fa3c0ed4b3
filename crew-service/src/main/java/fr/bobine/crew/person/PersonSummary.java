package fr.bobine.crew.person;

import java.util.UUID;

/** What other features print of a person: no personal data beyond the names. */
public record PersonSummary(UUID id, String employeeNumber, String lastName, String firstNames, PersonKind kind) {

    /** First names then last name, as a call sheet writes it. */
    public String displayName() {
        return firstNames + " " + lastName;
    }
}
