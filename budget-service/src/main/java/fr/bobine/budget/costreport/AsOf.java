package fr.bobine.budget.costreport;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import fr.bobine.platform.problem.ProblemException;

/** The {@code asOf} query parameter: an ISO 8601 date, refused with a 400 problem naming the parameter otherwise. */
final class AsOf {

    private AsOf() {
    }

    static LocalDate parse(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw ProblemException.badRequest("asOf", "must be a date, YYYY-MM-DD");
        }
    }
}
