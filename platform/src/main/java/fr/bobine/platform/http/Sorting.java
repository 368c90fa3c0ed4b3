package fr.bobine.platform.http;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.quarkus.panache.common.Sort;

/**
 * The order of a list as the client asks for it: {@code ?sort=title} (ascending) or {@code ?sort=-createdAt}
 * (descending), several fields separated by commas, each one of the fields the list documents. A list declares its
 * fields once, with the column or JPQL path each sorts by, and lists them as the parameter's enumeration in its
 * OpenAPI document ({@link #values()}); anything else is a 400 naming the allowed values.
 */
public final class Sorting {

    public static final String PARAMETER = "sort";

    /** One field of the order. */
    public record Key(String field, String column, boolean descending) {

        /** The columns the field sorts by: one, or several separated by commas (a name: last name, first names). */
        public List<String> columns() {
            return java.util.Arrays.stream(column.split(",")).map(String::strip).toList();
        }

        public String sql() {
            return String.join(", ", columns().stream().map(c -> c + (descending ? " desc" : " asc")).toList());
        }
    }

    private final Map<String, String> columns;

    private Sorting(Map<String, String> columns) {
        this.columns = columns;
    }

    /** The fields a list can be sorted by, by their name on the wire, with the column each sorts by. */
    public static Sorting of(Map<String, String> columns) {
        return new Sorting(new LinkedHashMap<>(columns));
    }

    /** Every value {@code sort} accepts for one field: {@code title}, {@code -title}, ... */
    public List<String> values() {
        List<String> values = new ArrayList<>();
        for (String field : columns.keySet()) {
            values.add(field);
            values.add("-" + field);
        }
        return values;
    }

    /** The keys of {@code sort}, or {@code defaults} when it is absent. */
    public List<Key> parse(String sort, String defaults) {
        String value = sort == null || sort.isBlank() ? defaults : sort;
        List<Key> keys = new ArrayList<>();
        for (String part : value.split(",")) {
            String token = part.trim();
            boolean descending = token.startsWith("-");
            String field = descending ? token.substring(1) : token;
            String column = columns.get(field);
            if (column == null) {
                throw new InvalidParameterException(PARAMETER, "'" + ParamConverters.printable(token)
                        + "' is not a sort field; use one of " + String.join(", ", values())
                        + " (several separated by commas)");
            }
            keys.add(new Key(field, column, descending));
        }
        return keys;
    }

    /**
     * The Panache order of {@code sort} (or {@code defaults} when it is absent), the entity's {@code id} last so that
     * equal values keep one order from page to page.
     */
    public Sort panache(String sort, String defaults) {
        Sort order = null;
        for (Key key : parse(sort, defaults)) {
            Sort.Direction direction = key.descending() ? Sort.Direction.Descending : Sort.Direction.Ascending;
            for (String column : key.columns()) {
                order = order == null ? Sort.by(column, direction) : order.and(column, direction);
            }
        }
        return order.and("id");
    }

    /** {@code order by} clause of {@code sort} (without the keywords), e.g. {@code p.title asc, p.createdAt desc}. */
    public String orderBy(String sort, String defaults) {
        return String.join(", ", parse(sort, defaults).stream().map(Key::sql).toList());
    }
}
