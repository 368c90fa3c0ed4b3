package fr.bobine.testing;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

class EventSchemasTest {

    static JsonNode json(String text) throws Exception {
        return TestEvents.MAPPER.readTree(text);
    }

    static final String VALID = """
            {"id": "4f1c2a7e-0c1b-4a57-9a43-2b8f1e0d9c11", "amount": {"amount": "1234.50", "currency": "EUR"},
             "on": "2027-03-01", "kind": "A"}""";

    @Test
    void dataThatFollowsTheSchemaOfItsFamilyPasses() throws Exception {
        assertDoesNotThrow(() -> EventSchemas.assertValid("sample.created", json(VALID)));
        assertDoesNotThrow(() -> EventSchemas.assertValid(json("{\"type\": \"sample.updated\", \"data\": " + VALID + "}")));
    }

    @Test
    void everyKindOfViolationIsCaughtAndNamed() throws Exception {
        String[][] cases = {
                {"{\"amount\": {\"amount\": \"1.00\", \"currency\": \"EUR\"}, \"on\": \"2027-03-01\"}", "id"},
                {VALID.replace("4f1c2a7e-0c1b-4a57-9a43-2b8f1e0d9c11", "not-a-uuid"), "uuid"},
                {VALID.replace("2027-03-01", "2027-02-30"), "date"},
                {VALID.replace("\"1234.50\"", "1234.5"), "amount"},
                {VALID.replace("\"EUR\"", "\"euro\""), "currency"},
                {VALID.replace("\"A\"", "\"C\""), "kind"},
                {VALID.replace("\"kind\"", "\"sort\""), "sort"},
        };
        for (String[] c : cases) {
            AssertionError e = assertThrows(AssertionError.class, () -> EventSchemas.assertValid("sample.created", json(c[0])),
                    "should be refused: " + c[0]);
            assertTrue(e.getMessage().contains(c[1]), "the message names " + c[1] + ": " + e.getMessage());
        }
    }

    @Test
    void anEventMadeUpForAnotherServiceMustFollowThatServicesOwnSchema() {
        // crew-service's schema, read from its source folder: a made-up event missing most fields is refused
        AssertionError e = assertThrows(AssertionError.class, () -> TestEvents.event("/crew-service",
                "crew.contract.cancelled", "p", TestEvents.map("contractId", "not-a-uuid")));
        assertTrue(e.getMessage().contains("crew.contract.cancelled does not follow its schema"), e.getMessage());
        assertTrue(e.getMessage().contains("productionId"), e.getMessage());
        // a source outside this repository is not checked
        assertDoesNotThrow(() -> TestEvents.event("/accounting-software", "payment.recorded", "p", TestEvents.map()));
    }

    @Test
    void aTypeWithoutASchemaIsAFailureNotAPass() {
        AssertionError e = assertThrows(AssertionError.class, () -> EventSchemas.assertValid("unknown.thing.happened", json("{}")));
        assertTrue(e.getMessage().contains("no JSON Schema for unknown.thing.happened"), e.getMessage());
    }
}
