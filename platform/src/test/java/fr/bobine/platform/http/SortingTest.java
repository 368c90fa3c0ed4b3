package fr.bobine.platform.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class SortingTest {

    private final Sorting productions = Sorting.of(Map.of("title", "p.title", "createdAt", "p.createdAt"));

    @Test
    void aMinusSortsDescendingAndSeveralFieldsKeepTheirOrder() {
        assertEquals("p.title asc, p.createdAt desc", productions.orderBy("title,-createdAt", "-createdAt"));
    }

    @Test
    void noSortGivesTheListsDefaultOrder() {
        assertEquals("p.createdAt desc", productions.orderBy(null, "-createdAt"));
        assertEquals("p.createdAt desc", productions.orderBy(" ", "-createdAt"));
    }

    @Test
    void anUnknownFieldIsRefusedNamingTheAllowedOnes() {
        InvalidParameterException e = assertThrows(InvalidParameterException.class, () -> productions.orderBy("budget", "title"));
        assertEquals("sort", e.parameter());
        assertEquals(List.of("title", "-title", "createdAt", "-createdAt").size(), productions.values().size());
    }

    @Test
    void searchIgnoresCaseAndAccentsAndEscapesWildcards() {
        assertEquals("%le leve-tot%", TextSearch.containsPattern("  Le Lève-TÔT "));
        assertEquals("%100\\% \\_net%", TextSearch.containsPattern("100% _net"));
        assertNull(TextSearch.containsPattern(" "));
        assertEquals("etre ou ne pas etre", TextSearch.normalise("Être ou ne pas être"));
    }

    @Test
    void aFieldOfSeveralColumnsSortsEachInItsDirectionAndTheIdBreaksTies() {
        Sorting people = Sorting.of(Map.of("name", "lastName, firstNames", "createdAt", "createdAt"));
        assertEquals("lastName desc, firstNames desc", people.orderBy("-name", "name"));
        io.quarkus.panache.common.Sort sort = people.panache("-name,createdAt", "name");
        assertEquals(List.of("lastName", "firstNames", "createdAt", "id"),
                sort.getColumns().stream().map(io.quarkus.panache.common.Sort.Column::getName).toList());
        assertEquals(List.of(io.quarkus.panache.common.Sort.Direction.Descending, io.quarkus.panache.common.Sort.Direction.Descending,
                io.quarkus.panache.common.Sort.Direction.Ascending, io.quarkus.panache.common.Sort.Direction.Ascending),
                sort.getColumns().stream().map(io.quarkus.panache.common.Sort.Column::getDirection).toList());
    }
}
