package fr.bobine.platform.problem;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;

/**
 * The reason a JSON value was refused, in the words of the JSON document: "expected a date (YYYY-MM-DD)", never
 * Jackson's message, which names Java types ({@code java.time.LocalDate}) and the service's classes.
 */
final class JsonReasons {

    /** The reason of a string that carried the NUL character (see {@link JsonInputLimits}). */
    static final String NUL = "must not contain the NUL character (U+0000)";

    private JsonReasons() {
    }

    static String of(JsonMappingException e) {
        if (e instanceof JsonInputLimits.Refused refused) {
            return refused.getOriginalMessage();
        }
        if (e instanceof UnrecognizedPropertyException u) {
            return "unknown field '" + printable(u.getPropertyName()) + "'";
        }
        if (e instanceof InvalidFormatException f) {
            if (ownWords(f.getOriginalMessage())) {
                // one of our deserializers (Money, decimal strings) said what is wrong in the document's words
                return f.getOriginalMessage();
            }
            Class<?> target = f.getTargetType();
            if (target != null && target.isEnum()) {
                return "'" + printable(String.valueOf(f.getValue())) + "' is not one of " + Arrays.toString(target.getEnumConstants());
            }
            return "'" + printable(String.valueOf(f.getValue())) + "' is not " + describe(target);
        }
        if (e instanceof ValueInstantiationException v && v.getCause() instanceof IllegalArgumentException domain
                && domain.getMessage() != null && !domain.getMessage().contains("java.")) {
            // a record's own check (compact constructor) says what is wrong in business words
            return domain.getMessage();
        }
        if (e instanceof MismatchedInputException m && m.getTargetType() != null) {
            return "expected " + describe(m.getTargetType());
        }
        return "is not valid";
    }

    /** A message written by a Bobine deserializer rather than by Jackson, which names Java types and classes. */
    static boolean ownWords(String message) {
        return message != null && !message.isBlank() && !message.startsWith("Cannot ") && !message.contains("java.")
                && !message.contains("fr.bobine.") && !message.contains("`");
    }

    /** What a JSON value of {@code type} looks like, for a person who writes JSON. */
    static String describe(Class<?> type) {
        if (type == null) {
            return "a valid value";
        }
        if (type.isEnum()) {
            return "one of " + Arrays.toString(type.getEnumConstants());
        }
        if (CharSequence.class.isAssignableFrom(type) || type == char.class || type == Character.class) {
            return "a string";
        }
        if (type == int.class || type == Integer.class || type == long.class || type == Long.class || type == short.class
                || type == Short.class || type == byte.class || type == Byte.class || type == BigInteger.class) {
            return "an integer";
        }
        if (type == double.class || type == Double.class || type == float.class || type == Float.class
                || type == BigDecimal.class || Number.class.isAssignableFrom(type)) {
            return "a number";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "true or false";
        }
        if (type == LocalDate.class) {
            return "a date (YYYY-MM-DD)";
        }
        if (type == Instant.class || type == OffsetDateTime.class || type == ZonedDateTime.class) {
            return "a date and time with its offset (e.g. 2026-03-01T09:00:00Z)";
        }
        if (type == LocalDateTime.class) {
            return "a date and time (e.g. 2026-03-01T09:00:00)";
        }
        if (type == LocalTime.class) {
            return "a time (HH:MM)";
        }
        if (type == YearMonth.class) {
            return "a month (YYYY-MM)";
        }
        if (type == Duration.class) {
            return "a duration (ISO 8601, e.g. PT8H)";
        }
        if (type == UUID.class) {
            return "a UUID";
        }
        if (type.isArray() || Collection.class.isAssignableFrom(type)) {
            return "an array";
        }
        if (Map.class.isAssignableFrom(type)) {
            return "an object";
        }
        return "an object";
    }

    /** Control characters (NUL above all) are not echoed back. */
    private static String printable(String value) {
        String clean = value.replaceAll("\\p{Cntrl}", "?");
        return clean.length() > 100 ? clean.substring(0, 100) + "…" : clean;
    }
}
