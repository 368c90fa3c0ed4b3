package fr.bobine.platform.outbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class EventSchemaIdsTest {

    @Test
    void aTypeWithItsOwnSchemaNamesThatSchema() {
        assertEquals("urn:bobine:schema:sample.archived.v1", EventSchemaIds.of("sample.archived"));
    }

    @Test
    void aTypeWithoutItsOwnSchemaNamesTheSchemaOfItsFamily() {
        assertEquals("urn:bobine:schema:sample.v1", EventSchemaIds.of("sample.created"));
        assertEquals("urn:bobine:schema:sample.v1", EventSchemaIds.of("sample.updated"));
    }

    @Test
    void aTypeWithNoSchemaAtAllIsRefusedRatherThanPublishedWithAnUnknownSchema() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> EventSchemaIds.of("other.created"));
        assertEquals("event type other.created has no JSON Schema in src/main/resources/events", e.getMessage());
    }
}
