package fr.bobine.platform.plumbing;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.common.TopicPartition;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import fr.bobine.platform.events.CloudEvent;
import fr.bobine.platform.inbox.EventHandler;
import fr.bobine.platform.inbox.Inbox;
import fr.bobine.platform.outbox.EventRetention;
import fr.bobine.platform.outbox.Outbox;
import fr.bobine.testing.BobineStack;
import fr.bobine.testing.Eventually;
import fr.bobine.testing.TestEvents;
import fr.bobine.testing.TestTokens;
import io.micrometer.prometheus.PrometheusMeterRegistry;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Scope;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The event plumbing end to end in one application that reads the topic it publishes on: outbox, relay woken by the
 * commit, Kafka, consumer applying in batches through the inbox, dead letters, retention, traces and metrics.
 */
@QuarkusTest
@QuarkusTestResource(value = BobineStack.class, initArgs = @ResourceArg(name = "service", value = "platform"))
class EventPlumbingTest {

    static final Duration WAIT = Duration.ofSeconds(30);
    static final String TYPE = TestStepHandler.TYPE;
    static final String TOPIC = BobineStack.topic("budget");

    @Inject
    Outbox outbox;

    @Inject
    Inbox inbox;

    @Inject
    EventRetention retention;

    @Inject
    DataSource dataSource;

    @Inject
    Tracer tracer;

    @Inject
    TestBatchStepHandler batchHandler;

    @Inject
    PrometheusMeterRegistry prometheus;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    /** The consumer group: the application's name, as no bobine.inbox.consumer is set here. */
    @ConfigProperty(name = "quarkus.application.name")
    String consumerName;

    @Test
    void aCommitWakesTheRelayInsteadOfWaitingForItsPoll() throws SQLException {
        UUID production = UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> outbox.publish(TYPE, production, Map.of("step", 0)));
        Eventually.within(WAIT, () -> assertEquals(List.of(0), steps(production)));
        // The relay polls every ten minutes here: only the wake at commit explains a publication within seconds.
        double seconds = number("select extract(epoch from published_at - created_at) from outbox_event where event_key = ?",
                production.toString());
        assertTrue(seconds < 10, "published " + seconds + " s after its commit");
    }

    @Test
    void rowsCommittedWhileABatchWaitsForKafkaJoinItAndEachRowKeepsTheTimeKafkaAcknowledgedIt() throws Exception {
        // The relay's producer connected first: its first send waits for the broker's metadata.
        UUID first = UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> outbox.publish(TYPE, first, Map.of("step", 0)));
        Eventually.within(WAIT, () -> assertEquals(List.of(0), steps(first)));
        // Four writers, each its own production, commit step after step: commits keep arriving while batches wait.
        List<UUID> productions = List.of(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID());
        int stepCount = 60;
        var writers = Executors.newFixedThreadPool(productions.size());
        try {
            List<Future<?>> done = new ArrayList<>();
            for (UUID production : productions) {
                done.add(writers.submit(() -> {
                    for (int step = 0; step < stepCount; step++) {
                        int s = step;
                        QuarkusTransaction.requiringNew().run(() -> outbox.publish(TYPE, production, Map.of("step", s)));
                    }
                }));
            }
            for (var writer : done) {
                writer.get(WAIT.toSeconds(), TimeUnit.SECONDS);
            }
        } finally {
            writers.shutdownNow();
        }
        List<Integer> expected = IntStream.range(0, stepCount).boxed().toList();
        for (UUID production : productions) {
            Eventually.within(WAIT, () -> assertEquals(expected, steps(production)));
        }
        String keys = "{" + String.join(",", productions.stream().map(UUID::toString).toList()) + "}";
        // Rows marked in one relay transaction share its xmin. A batch's first claim only finds rows committed before
        // it sent anything: a row whose transaction began after a row of its batch was acknowledged joined it later.
        assertTrue(number("""
                select count(*) from outbox_event joined where event_key = any(cast(? as text[])) and exists (
                  select 1 from outbox_event earlier where earlier.xmin = joined.xmin
                  and earlier.published_at < joined.created_at)""", keys) > 0,
                "some rows were sent while their batch waited for Kafka");
        assertEquals(0, number("""
                select count(*) from outbox_event where event_key = any(cast(? as text[]))
                and (published_at is null or published_at < created_at or published_at > now())""", keys),
                "each row is marked with its own acknowledgement, after it was written");
    }

    @Test
    void theOffsetsOfWhatWasAppliedReachKafkaWithinSecondsThoughNothingMoreComes() throws Exception {
        UUID production = UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> {
            for (int step = 0; step < 5; step++) {
                outbox.publish(TYPE, production, Map.of("step", step));
            }
        });
        Eventually.within(WAIT, () -> assertEquals(List.of(0, 1, 2, 3, 4), steps(production)));
        // Offsets are committed at most once a second: with nothing more to read, an empty poll commits them.
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
            Eventually.within(Duration.ofSeconds(10), () -> {
                var committed = uncheck(() -> admin.listConsumerGroupOffsets(consumerName)
                        .partitionsToOffsetAndMetadata().get());
                var partitions = uncheck(() -> admin.describeTopics(List.of(TOPIC)).allTopicNames().get()).get(TOPIC)
                        .partitions().stream().map(p -> new TopicPartition(TOPIC, p.partition()))
                        .collect(Collectors.toMap(p -> p, p -> OffsetSpec.latest()));
                var ends = uncheck(() -> admin.listOffsets(partitions).all().get());
                ends.forEach((partition, end) -> {
                    if (end.offset() > 0) {
                        assertEquals(end.offset(), committed.containsKey(partition) ? committed.get(partition).offset() : 0,
                                "committed offset of " + partition);
                    }
                });
            });
        }
    }

    @Test
    void theStepsOfSeveralProductionsAreAppliedInOrderAndOnceEvenWhenDeliveredTwice() throws Exception {
        appliedInOrderAndOnceEvenWhenDeliveredTwice(TYPE, 4, 20);

        String metrics = metrics();
        assertTrue(metric(metrics, "bobine_inbox_events_total", "outcome=\"duplicate\"", "type=\"" + TYPE + "\"") >= 80,
                "the second delivery counts as duplicates");
        assertTrue(metric(metrics, "bobine_inbox_batch_size_sum") / metric(metrics, "bobine_inbox_batch_size_count") > 1,
                "the consumer applies several records per transaction");
    }

    @Test
    void aHandlerThatTakesEventsTogetherGetsThemInThePollsOrderAndOnce() throws Exception {
        // The duplicates of the second delivery are not handed to the handler (it would refuse a step twice over).
        appliedInOrderAndOnceEvenWhenDeliveredTwice(TestBatchStepHandler.TYPE, 3, 30);
        assertTrue(batchHandler.longestRun() > 1, "a poll's events reach the handler together");
    }

    @ParameterizedTest
    @ValueSource(strings = { TestStepHandler.TYPE, TestBatchStepHandler.TYPE })
    void anEventThatCannotBeAppliedIsParkedAndTheOthersOfItsBatchApplyInOrder(String type) {
        UUID production = UUID.randomUUID();
        ObjectNode broken = stepEvent(type, production, 2);
        ((ObjectNode) broken.get("data")).remove("step");
        TestEvents.sendTogether(bootstrap, TOPIC, List.of(stepEvent(type, production, 0), stepEvent(type, production, 1),
                broken, stepEvent(type, production, 2), stepEvent(type, production, 3)));
        Eventually.within(WAIT, () -> assertEquals(List.of(0, 1, 2, 3), steps(production)));
        Eventually.within(WAIT, () -> given().auth().oauth2(TestTokens.forRoles("auditor")).queryParam("size", 200)
                .get("/admin/dead-letters").then().statusCode(200)
                .body("items.findAll { it.eventId == '" + broken.path("id").asText() + "' }.reason",
                        org.hamcrest.Matchers.hasItem(org.hamcrest.Matchers.containsString("without a step"))));
    }

    @Test
    void theTraceOfTheWritingTransactionReachesTheHandler() throws SQLException {
        UUID production = UUID.randomUUID();
        Span request = tracer.spanBuilder("a request").setNoParent().startSpan();
        try (Scope scope = request.makeCurrent()) {
            QuarkusTransaction.requiringNew().run(() -> outbox.publish(TYPE, production, Map.of("step", 0)));
        } finally {
            request.end();
        }
        String traceId = request.getSpanContext().getTraceId();
        assertTrue(request.getSpanContext().isValid(), "the span has a trace id even when it is not sampled");
        String traceparent = text("select traceparent from outbox_event where event_key = ?", production.toString());
        assertTrue(traceparent.startsWith("00-" + traceId + "-" + request.getSpanContext().getSpanId() + "-"), traceparent);
        assertTrue(text("select payload from outbox_event where event_key = ?", production.toString())
                .contains("\"traceparent\":\"" + traceparent + "\""), "the CloudEvent carries it (distributed tracing extension)");
        Eventually.within(WAIT, () -> assertEquals(traceId, uncheck(() -> text(
                "select trace_id from test_step where production_id = cast(? as uuid)", production.toString()))));
    }

    @Test
    void purgedInboxIdsLeaveAWatermarkUnderWhichRecordsStaySkipped() throws SQLException {
        String consumer = "retention-" + UUID.randomUUID();
        AtomicInteger handled = new AtomicInteger();
        EventHandler counting = handlerOfEverything(event -> handled.incrementAndGet());
        CloudEvent first = event();
        assertTrue(inbox.apply(consumer, first, new Inbox.Position("bobine.t", 0, 41L), counting));
        assertFalse(inbox.apply(consumer, first, new Inbox.Position("bobine.t", 0, 41L), counting), "seen: skipped");
        update("update processed_event set processed_at = now() - interval '100 days' where consumer = ?", consumer);

        assertTrue(retention.purgeInbox(Instant.now().minus(Duration.ofDays(90))) >= 1);
        assertEquals(0, number("select count(*) from processed_event where consumer = ?", consumer));
        assertEquals(41, number("select purged_to_offset from inbox_watermark where consumer = ?", consumer));
        // Its id is gone, but a record at or below the watermark of its partition was applied before the purge.
        assertFalse(inbox.apply(consumer, first, new Inbox.Position("bobine.t", 0, 41L), counting));
        assertFalse(inbox.apply(consumer, event(), new Inbox.Position("bobine.t", 0, 40L), counting));
        assertTrue(inbox.apply(consumer, event(), new Inbox.Position("bobine.t", 0, 42L), counting));
        assertTrue(inbox.apply(consumer, event(), new Inbox.Position("bobine.t", 1, 5L), counting), "another partition");
        assertTrue(inbox.apply(consumer, event(), new Inbox.Position(null, null, null), counting), "a dead letter retried");
        assertEquals(4, handled.get());
    }

    @Test
    void aPollsNewEventsAreRecordedInOneStatementOnceEachAndSeenOrPurgedOnesAreNot() throws SQLException {
        String consumer = "batch-" + UUID.randomUUID();
        EventHandler nothing = handlerOfEverything(event -> {
        });
        CloudEvent seen = event();
        CloudEvent fresh = event();
        CloudEvent underWatermark = event();
        CloudEvent atWatermarkNext = event();
        assertTrue(inbox.apply(consumer, seen, new Inbox.Position("bobine.t", 0, 10L), nothing));
        update("insert into inbox_watermark (consumer, topic, kafka_partition, purged_to_offset) values (?, 'bobine.t', 1, 7)",
                consumer);
        Set<String> firstSights = QuarkusTransaction.requiringNew().call(() -> inbox.recordFirstSights(consumer, List.of(
                new Inbox.Sighting(seen, new Inbox.Position("bobine.t", 0, 10L)),
                new Inbox.Sighting(fresh, new Inbox.Position("bobine.t", 0, 11L)),
                new Inbox.Sighting(fresh, new Inbox.Position("bobine.t", 0, 11L)), // delivered twice in one poll
                new Inbox.Sighting(underWatermark, new Inbox.Position("bobine.t", 1, 7L)),
                new Inbox.Sighting(atWatermarkNext, new Inbox.Position("bobine.t", 1, 8L)))));
        assertEquals(Set.of(fresh.id(), atWatermarkNext.id()), firstSights);
        assertEquals(3, number("select count(*) from processed_event where consumer = ?", consumer));
        assertEquals(Set.of(), QuarkusTransaction.requiringNew().call(() -> inbox.recordFirstSights(consumer,
                List.of(new Inbox.Sighting(fresh, new Inbox.Position("bobine.t", 0, 11L))))), "a redelivery is not new");
        assertEquals(Set.of(), inbox.recordFirstSights(consumer, List.of()));
    }

    @Test
    void publishedOutboxRowsArePurgedAfterTheRetentionAndUnpublishedOnesNever() throws SQLException {
        String old = UUID.randomUUID().toString();
        String recent = UUID.randomUUID().toString();
        String waiting = UUID.randomUUID().toString();
        // Written straight into the table, so no commit wakes the relay (its poll is ten minutes away here); the
        // waiting row has no handler, so whenever the relay sends it later the consumer ignores it.
        update("""
                insert into outbox_event (id, topic, event_key, event_type, payload, created_at, published_at) values
                  (cast(? as uuid), ?, 'k', 'test.old', '{}', now() - interval '9 days', now() - interval '8 days'),
                  (cast(? as uuid), ?, 'k', 'test.recent', '{}', now() - interval '2 days', now() - interval '1 day'),
                  (cast(? as uuid), ?, 'k', 'test.waiting', ?, now() - interval '30 days', null)""",
                old, TOPIC, recent, TOPIC, waiting, TOPIC,
                TestEvents.event("/platform-test", "test.waiting", "k", Map.of()).toString());

        assertTrue(retention.purgeOutbox(Instant.now().minus(Duration.ofDays(7))) >= 1);
        assertEquals(0, number("select count(*) from outbox_event where id = cast(? as uuid)", old));
        assertEquals(1, number("select count(*) from outbox_event where id = cast(? as uuid)", recent));
        assertEquals(1, number("select count(*) from outbox_event where id = cast(? as uuid) and published_at is null", waiting),
                "a row thirty days old that Kafka never acknowledged stays");
    }

    @Test
    void operatorsReadTheBacklogTheLagTheDeadLettersAndTheTimeOfEachHandler() {
        UUID production = UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> outbox.publish(TYPE, production, Map.of("step", 0)));
        Eventually.within(WAIT, () -> assertEquals(List.of(0), steps(production)));
        Eventually.within(WAIT, () -> {
            String metrics = metrics();
            for (String name : List.of("bobine_outbox_backlog", "bobine_outbox_oldest_age_seconds",
                    "bobine_outbox_published_total", "bobine_outbox_publish_delay_seconds_bucket",
                    "bobine_inbox_lag{", "bobine_dead_letters", "bobine_inbox_event_age_seconds_bucket",
                    "bobine_inbox_handler_seconds_bucket{handler=\"TestStepHandler\"")) {
                assertTrue(metrics.contains(name), name + " is exported");
            }
            assertTrue(metric(metrics, "bobine_inbox_handler_seconds_count", "handler=\"TestStepHandler\"") >= 1);
        });
    }

    // --- helpers ---------------------------------------------------------------------------------------------------

    /**
     * One transaction writes the steps of several productions interleaved: the relay sends them in one batch and the
     * consumer applies what each poll brings in one transaction; each production's steps must be applied in order.
     * Then everything again, as a relay that crashed before marking its batch would send it, and a marker behind it:
     * the marker is applied, nothing else changes.
     */
    void appliedInOrderAndOnceEvenWhenDeliveredTwice(String type, int productionCount, int stepCount) throws Exception {
        List<UUID> productions = new ArrayList<>();
        for (int i = 0; i < productionCount; i++) {
            productions.add(UUID.randomUUID());
        }
        QuarkusTransaction.requiringNew().run(() -> {
            for (int step = 0; step < stepCount; step++) {
                for (UUID production : productions) {
                    outbox.publish(type, production, Map.of("step", step));
                }
            }
        });
        List<Integer> expected = IntStream.range(0, stepCount).boxed().toList();
        for (UUID production : productions) {
            Eventually.within(WAIT, () -> assertEquals(expected, steps(production)));
        }

        // Each outbox row's CloudEvent, keyed by its subject (the production) as the relay keys it.
        List<JsonNode> published = new ArrayList<>();
        try (var c = dataSource.getConnection(); var q = c.prepareStatement(
                "select payload from outbox_event where event_key = any(?) order by seq")) {
            q.setArray(1, c.createArrayOf("text", productions.stream().map(UUID::toString).toArray()));
            try (var rs = q.executeQuery()) {
                while (rs.next()) {
                    published.add(TestEvents.MAPPER.readTree(rs.getString(1)));
                }
            }
        }
        assertEquals(productionCount * stepCount, published.size());
        published.add(stepEvent(type, productions.get(0), stepCount));
        TestEvents.sendTogether(bootstrap, TOPIC, published);
        Eventually.within(WAIT, () -> assertEquals(stepCount + 1, steps(productions.get(0)).size()));
        for (UUID production : productions.subList(1, productionCount)) {
            assertEquals(expected, steps(production));
        }
    }

    ObjectNode stepEvent(UUID production, int step) {
        return stepEvent(TYPE, production, step);
    }

    ObjectNode stepEvent(String type, UUID production, int step) {
        return TestEvents.event("/platform-test", type, production.toString(), Map.of("step", step));
    }

    /** A handler for every event type, doing {@code action}. */
    static EventHandler handlerOfEverything(Consumer<CloudEvent> action) {
        return new EventHandler() {
            @Override
            public boolean handles(String eventType) {
                return true;
            }

            @Override
            public void handle(CloudEvent event) {
                action.accept(event);
            }
        };
    }

    static CloudEvent event() {
        return new CloudEvent(CloudEvent.SPEC_VERSION, UUID.randomUUID().toString(), "/platform-test", "test.anything",
                "p", Instant.now(), "application/json", null, null);
    }

    List<Integer> steps(UUID production) {
        return uncheck(() -> {
            List<Integer> steps = new ArrayList<>();
            try (var c = dataSource.getConnection(); var q = c.prepareStatement(
                    "select step from test_step where production_id = ? order by id")) {
                q.setObject(1, production);
                try (var rs = q.executeQuery()) {
                    while (rs.next()) {
                        steps.add(rs.getInt(1));
                    }
                }
            }
            return steps;
        });
    }

    /** What /q/metrics serves, read from the registry (the endpoint may live on the management interface). */
    String metrics() {
        return prometheus.scrape();
    }

    /** The sum of the samples of {@code name} whose labels contain every one of {@code labels}. */
    static double metric(String metrics, String name, String... labels) {
        double sum = 0;
        Matcher m = Pattern.compile("^" + Pattern.quote(name) + "(\\{[^}]*})? ([0-9.eE+-]+)$", Pattern.MULTILINE).matcher(metrics);
        while (m.find()) {
            String found = m.group(1) == null ? "" : m.group(1);
            if (List.of(labels).stream().allMatch(found::contains)) {
                sum += Double.parseDouble(m.group(2));
            }
        }
        return sum;
    }

    double number(String sql, String param) throws SQLException {
        try (var c = dataSource.getConnection(); var q = c.prepareStatement(sql)) {
            q.setString(1, param);
            try (var rs = q.executeQuery()) {
                rs.next();
                return rs.getDouble(1);
            }
        }
    }

    String text(String sql, String param) throws SQLException {
        try (var c = dataSource.getConnection(); var q = c.prepareStatement(sql)) {
            q.setString(1, param);
            try (var rs = q.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    int update(String sql, String... params) throws SQLException {
        try (var c = dataSource.getConnection(); var q = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                q.setString(i + 1, params[i]);
            }
            return q.executeUpdate();
        }
    }

    interface SqlCall<T> {
        T call() throws Exception;
    }

    static <T> T uncheck(SqlCall<T> call) {
        try {
            return call.call();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
