package fr.bobine.rights;

import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;

import org.junit.jupiter.api.Test;

import fr.bobine.platform.inbox.EventHandler;
import fr.bobine.platform.outbox.Outbox;
import fr.bobine.testing.AsyncApiContract;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class EventContractTest {

    @Inject
    Instance<EventHandler> handlers;

    @Inject
    Outbox outbox;

    @Inject
    UserTransaction transaction;

    @Test
    void committedAsyncApiDocumentIsTheOneTheSchemasAndTheHandlersMake() throws Exception {
        AsyncApiContract.assertCommittedDocumentIsGenerated(type -> handlers.stream().anyMatch(h -> h.handles(type)));
    }

    @Test
    void everyEventItPublishesNamesTheIdOfItsSchemaAsDataschema() {
        AsyncApiContract.assertEveryEventNamesItsSchema(this::publishedDataschema);
    }

    /** The dataschema of an event of this type published through the real outbox, in a transaction rolled back. */
    String publishedDataschema(String type) {
        try {
            transaction.begin();
            try {
                return outbox.publish(type, UUID.randomUUID(), Map.of()).dataschema();
            } finally {
                transaction.rollback();
            }
        } catch (Exception e) {
            throw new IllegalStateException("cannot publish " + type, e);
        }
    }
}
