package fr.bobine.platform.http;

import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.UUID;
import java.util.function.Function;

import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;

/**
 * Enum, UUID and date query, path and header parameters: a value that cannot be read is a 400 naming the parameter
 * (and, for an enum, the allowed values), where JAX-RS would answer a bare 404 for a malformed id in a path.
 */
@Provider
public class ParamConverters implements ParamConverterProvider {

    @Override
    @SuppressWarnings({ "unchecked", "rawtypes" })
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        if (rawType == UUID.class) {
            return (ParamConverter<T>) parsing(parameterName(annotations), "a UUID such as 0f8fad5b-d9cb-469f-a165-70867728950e",
                    UUID::fromString, UUID::toString);
        }
        if (rawType == LocalDate.class) {
            return (ParamConverter<T>) parsing(parameterName(annotations), "a date as yyyy-mm-dd", LocalDate::parse,
                    LocalDate::toString);
        }
        if (!rawType.isEnum()) {
            return null;
        }
        String name = parameterName(annotations);
        Class<? extends Enum> type = (Class<? extends Enum>) rawType;
        return new ParamConverter<T>() {
            @Override
            public T fromString(String value) {
                if (value == null || value.isEmpty()) {
                    return null;
                }
                try {
                    return (T) Enum.valueOf(type, value);
                } catch (IllegalArgumentException e) {
                    throw new InvalidParameterException(name,
                            "'" + printable(value) + "' is not one of " + Arrays.toString(type.getEnumConstants()));
                }
            }

            @Override
            public String toString(T value) {
                return value == null ? null : ((Enum<?>) value).name();
            }
        };
    }

    private static <V> ParamConverter<V> parsing(String name, String expected, Function<String, V> parse,
            Function<V, String> format) {
        return new ParamConverter<V>() {
            @Override
            public V fromString(String value) {
                if (value == null || value.isEmpty()) {
                    return null;
                }
                try {
                    return parse.apply(value);
                } catch (RuntimeException e) {
                    throw new InvalidParameterException(name, "'" + printable(value) + "' is not " + expected);
                }
            }

            @Override
            public String toString(V value) {
                return value == null ? null : format.apply(value);
            }
        };
    }

    /** The value as the problem repeats it: at most 60 characters, control characters as '?'. */
    static String printable(String value) {
        String cut = value.length() > 60 ? value.substring(0, 60) + "..." : value;
        return cut.replaceAll("\\p{Cntrl}", "?");
    }

    private static String parameterName(Annotation[] annotations) {
        if (annotations != null) {
            for (Annotation a : annotations) {
                if (a instanceof QueryParam q) {
                    return q.value();
                }
                if (a instanceof PathParam p) {
                    return p.value();
                }
                if (a instanceof HeaderParam h) {
                    return h.value();
                }
            }
        }
        return "parameter";
    }
}
