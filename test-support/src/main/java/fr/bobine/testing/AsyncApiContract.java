package fr.bobine.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;

import org.junit.jupiter.api.Assertions;

/**
 * The event contract of the service under test. Its committed {@code src/main/asyncapi/asyncapi.yaml} must be the
 * document {@link AsyncApiDocument} makes from the schemas and the service's handlers, so every change of an event
 * shows in review (run the tests with {@code -Dbobine.asyncapi.update=true} to rewrite it after a deliberate change);
 * and every event it publishes must name its schema's {@code $id} as its CloudEvent {@code dataschema}.
 */
public final class AsyncApiContract {

    public static final Path COMMITTED = Path.of("src/main/asyncapi/asyncapi.yaml");

    private AsyncApiContract() {
    }

    /** {@code handled} says whether one of the service's handlers applies an event type. */
    public static void assertCommittedDocumentIsGenerated(Predicate<String> handled) throws IOException {
        String generated = AsyncApiDocument.generate(root(), serviceName(), handled);
        if (Boolean.getBoolean("bobine.asyncapi.update")) {
            Files.createDirectories(COMMITTED.getParent());
            Files.writeString(COMMITTED, generated);
            return;
        }
        String committed = Files.exists(COMMITTED) ? Files.readString(COMMITTED) : "";
        if (!committed.equals(generated)) {
            Path actual = Path.of("target/asyncapi-generated.yaml");
            Files.createDirectories(actual.getParent());
            Files.writeString(actual, generated);
            Assertions.fail("The events changed: " + COMMITTED + " differs from what the schemas and the handlers make "
                    + "(written to " + actual + "). Review the difference, then rerun with -Dbobine.asyncapi.update=true "
                    + "and commit the document.");
        }
    }

    /**
     * {@code dataschemaOf} publishes an event of the given type the way the service does (through its outbox) and
     * returns the CloudEvent's {@code dataschema}: for every type the service publishes it must be its schema's
     * {@code $id}, and no two schemas of the repository share an {@code $id}.
     */
    public static void assertEveryEventNamesItsSchema(Function<String, String> dataschemaOf) {
        Map<String, AsyncApiDocument.Producer> producers = AsyncApiDocument.producers(root());
        Map<String, String> ids = new HashMap<>();
        for (AsyncApiDocument.Producer producer : producers.values()) {
            for (AsyncApiDocument.EventType t : AsyncApiDocument.published(producer)) {
                String file = producer.application() + "/" + t.schemaName();
                String previous = ids.putIfAbsent(t.schemaId(), file);
                Assertions.assertTrue(previous == null || previous.equals(file),
                        "$id " + t.schemaId() + " is shared by " + previous + " and " + file);
            }
        }
        List<String> wrong = new ArrayList<>();
        List<AsyncApiDocument.EventType> published = AsyncApiDocument.published(producers.get(serviceName()));
        Assertions.assertFalse(published.isEmpty(), serviceName() + "-service publishes no event type");
        for (AsyncApiDocument.EventType t : published) {
            String dataschema = dataschemaOf.apply(t.type());
            if (!t.schemaId().equals(dataschema)) {
                wrong.add(t.type() + ": dataschema " + dataschema + ", schema $id " + t.schemaId());
            }
        }
        Assertions.assertEquals(List.of(), wrong, "events whose dataschema is not the $id of their schema");
    }

    /** The checkout: the nearest folder above the module that holds the Maven wrapper's .mvn. */
    static Path root() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve(".mvn"))) {
                return dir;
            }
        }
        throw new IllegalStateException("no checkout above " + Path.of("").toAbsolutePath());
    }

    /** {@code budget} when the tests run in budget-service. */
    static String serviceName() {
        String module = Path.of("").toAbsolutePath().getFileName().toString();
        if (!module.endsWith("-service")) {
            throw new IllegalStateException("the event contract is checked from a service's module, not " + module);
        }
        return module.substring(0, module.length() - "-service".length());
    }
}
