package fr.bobine.platform.production;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import fr.bobine.platform.events.CloudEvent;
import fr.bobine.platform.events.EventRejectedException;

/** What a copy accepts of a production event before anything is written. */
class ProductionCopiesTest {

    static final ObjectMapper MAPPER = new ObjectMapper().registerModule(new JavaTimeModule());
    static final UUID ID = UUID.fromString("5f0c2a8e-6c1d-4f57-9a3e-2b8d7c1e4a90");

    static ObjectNode data() {
        ObjectNode data = MAPPER.createObjectNode();
        data.put("productionId", ID.toString());
        data.put("title", "La Nuit du Phare");
        data.putNull("originalTitle");
        data.put("kind", "FEATURE_FILM");
        data.put("status", "PRE_PRODUCTION");
        data.put("genre", "drama");
        data.put("delegatedProducerName", "Les Films du Quai");
        data.put("delegatedProducerSiret", "73282932000074");
        data.put("plannedShootingStart", "2027-03-01");
        data.put("plannedShootingEnd", "2027-04-23");
        data.put("version", 3);
        data.put("updatedAt", "2026-11-22T10:00:03Z");
        return data;
    }

    static CloudEvent event(ObjectNode data) {
        return new CloudEvent("1.0", UUID.randomUUID().toString(), "/budget-service", "production.updated",
                ID.toString(), Instant.now(), "application/json", null, data);
    }

    @Test
    void readsTheFieldsOfTheCopyAndIgnoresTheOthers() {
        ProductionEventData read = ProductionCopies.read(MAPPER, event(data()));
        assertEquals(new ProductionEventData(ID, "La Nuit du Phare", null, "FEATURE_FILM", "PRE_PRODUCTION",
                "Les Films du Quai", "73282932000074", LocalDate.of(2027, 3, 1), LocalDate.of(2027, 4, 23), 3L,
                Instant.parse("2026-11-22T10:00:03Z")), read);
    }

    @ParameterizedTest
    @ValueSource(strings = {"productionId", "title", "kind", "status", "delegatedProducerName", "delegatedProducerSiret",
            "version", "updatedAt"})
    void anEventWithoutARequiredFieldIsRejected(String field) {
        ObjectNode data = data();
        data.remove(field);
        EventRejectedException e = assertThrows(EventRejectedException.class,
                () -> ProductionCopies.read(MAPPER, event(data)));
        assertEquals("production.updated lacks a required field of production v1", e.getMessage());
    }

    @Test
    void theOptionalFieldsMayBeAbsent() {
        ObjectNode data = data();
        data.remove("originalTitle");
        data.remove("plannedShootingStart");
        data.remove("plannedShootingEnd");
        assertNull(ProductionCopies.read(MAPPER, event(data)).plannedShootingStart());
    }

    @Test
    void dataThatIsNotAProductionIsRejected() {
        ObjectNode data = data();
        data.put("plannedShootingStart", "first of March");
        EventRejectedException e = assertThrows(EventRejectedException.class,
                () -> ProductionCopies.read(MAPPER, event(data)));
        assertTrue(e.getMessage().startsWith("production.updated data is not a production v1: "), e.getMessage());
        assertThrows(EventRejectedException.class, () -> ProductionCopies.read(MAPPER, event(null)));
    }
}
