package fr.bobine.crew.schedule;

import java.util.List;
import java.util.Map;

import fr.bobine.platform.problem.ProblemException;
import io.quarkus.panache.common.Sort;

/** The {@code sort} parameter of a list: one of its documented fields, {@code -field} for descending; id breaks ties. */
final class ListSort {

    private ListSort() {
    }

    /** {@code fields} maps each documented field to the entity property it sorts on. */
    static Sort of(String sort, String defaultField, Map<String, String> fields) {
        String field = sort == null || sort.isBlank() ? defaultField : sort.strip();
        boolean descending = field.startsWith("-");
        String name = descending ? field.substring(1) : field;
        String property = fields.get(name);
        if (property == null) {
            List<String> allowed = fields.keySet().stream().sorted().toList();
            throw ProblemException.badRequest("sort", "must be one of " + allowed + ", with - for descending");
        }
        return (descending ? Sort.descending(property) : Sort.ascending(property)).and("id");
    }
}
