package fr.bobine.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.sql.Array;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import fr.bobine.testing.Eventually;
import fr.bobine.testing.TestTokens;

/**
 * Scale-out (issue 16): two instances of crew-service on one database and in one consumer group, so that Kafka splits
 * budget-service's topic between them. Productions are created and changed quickly in budget-service from several
 * threads; in the middle one instance is stopped (its partitions move to the other, which reads again from the last
 * committed offset). Each production's events must still be applied in crew-service in the order budget-service
 * wrote them, each exactly once, none lost, none parked, and the copy must end at the last version.
 */
class ScaleOutIT {

    static final SystemUnderTest system = new SystemUnderTest();
    static final String TOKEN = TestTokens.forRoles("producer", "auditor");
    static final String SECOND = "crew-2";
    static final int SECOND_PORT = 18185 + SystemUnderTest.OFFSET;
    /** Productions written while both instances share the topic, then while the second one stops. */
    static final int PRODUCTIONS_PER_ROUND = 15;
    /** Changes of each production after its creation: 1 + UPDATES events per production. */
    static final int UPDATES = 5;
    static final Duration WAIT = Duration.ofSeconds(90);
    static final Pattern ASSIGNED = Pattern.compile("Consumer crew-service now reads \\[([^\\]]*)\\]");

    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    final ObjectMapper json = new ObjectMapper();

    @BeforeAll
    static void start() throws Exception {
        system.start(List.of("budget", "crew"));
    }

    @AfterAll
    static void stop() throws Exception {
        system.stop();
    }

    @Test
    void eachProductionsEventsAreAppliedInOrderAndOnceByTwoInstancesAndWhenOneStops() throws Exception {
        // The topic exists (and crew-service reads its three partitions) before the second instance joins.
        String first = createAndChange("Premier tournage", 0);
        Eventually.within(WAIT, () -> assertEquals(0L, crewVersion(first)));
        system.startInstance("crew", SECOND, SECOND_PORT);
        Eventually.within(WAIT, this::assertPartitionsSplitBetweenTheTwoInstances);

        ExecutorService writers = Executors.newFixedThreadPool(6);
        try {
            // Round 1: both instances read.
            List<String> round1 = writeConcurrently(writers, "Tournage A", PRODUCTIONS_PER_ROUND);
            Eventually.within(WAIT, () -> assertCopiesAtLastVersion(round1));
            double appliedByFirst = appliedEvents(SystemUnderTest.PORTS.get("crew"));
            double appliedBySecond = appliedEvents(SECOND_PORT);
            // Keys fall on partitions by their hash: should the 15 all have fallen on one instance's partitions (a
            // chance of (2/3)^15, 0.2 %, for the instance holding one of three), a few more productions, at most 20.
            for (int extra = 1; extra <= 20 && (appliedByFirst == 0 || appliedBySecond == 0); extra++) {
                String more = createAndChange("Tournage A+" + extra, UPDATES);
                round1.add(more);
                Eventually.within(WAIT, () -> assertCopiesAtLastVersion(List.of(more)));
                appliedByFirst = appliedEvents(SystemUnderTest.PORTS.get("crew"));
                appliedBySecond = appliedEvents(SECOND_PORT);
            }
            assertTrue(appliedByFirst > 0 && appliedBySecond > 0,
                    "both instances applied events: " + appliedByFirst + " and " + appliedBySecond);

            // Round 2: the second instance stops while events are being written; the first takes its partitions over.
            long before = eventsWrittenSinceStart();
            List<Future<String>> pending = new ArrayList<>();
            for (int i = 1; i <= PRODUCTIONS_PER_ROUND; i++) {
                int n = i;
                pending.add(writers.submit(() -> createAndChange("Tournage B" + n, UPDATES)));
            }
            Eventually.within(WAIT, () -> assertTrue(eventsWrittenSinceStart() >= before + (1 + UPDATES) * 3L,
                    "round 2 has written a fifth of its events"));
            system.stopInstance(SECOND);
            List<String> round2 = new ArrayList<>();
            for (Future<String> f : pending) {
                round2.add(f.get());
            }
            Eventually.within(WAIT, () -> assertCopiesAtLastVersion(round2));

            List<String> all = new ArrayList<>(round1);
            all.addAll(round2);
            assertAppliedInOrderAndOnce(all);
        } finally {
            writers.shutdownNow();
        }
    }

    /** Kafka gave each instance a part of the three partitions: disjoint, both non-empty, all three covered. */
    private void assertPartitionsSplitBetweenTheTwoInstances() {
        Set<String> mine = lastAssignment("crew");
        Set<String> theirs = lastAssignment(SECOND);
        assertTrue(!mine.isEmpty() && !theirs.isEmpty(), "both instances read partitions: " + mine + " / " + theirs);
        Set<String> union = new TreeSet<>(mine);
        union.addAll(theirs);
        assertEquals(mine.size() + theirs.size(), union.size(), "no partition read by both: " + mine + " / " + theirs);
        assertEquals(3, union.size(), "the three partitions are read: " + union);
    }

    /** The partitions an instance logged last that it reads (the consumer logs its whole assignment after a rebalance). */
    private Set<String> lastAssignment(String instance) {
        String log;
        try {
            log = Files.readString(system.log(instance));
        } catch (IOException e) {
            throw new AssertionError("no log yet for " + instance, e);
        }
        Matcher m = ASSIGNED.matcher(log);
        String last = null;
        while (m.find()) {
            last = m.group(1);
        }
        Set<String> partitions = new TreeSet<>();
        if (last != null) {
            for (String p : last.split(",")) {
                if (!p.isBlank()) {
                    partitions.add(p.trim());
                }
            }
        }
        return partitions;
    }

    private List<String> writeConcurrently(ExecutorService writers, String title, int count) throws Exception {
        List<Future<String>> futures = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            int n = i;
            futures.add(writers.submit(() -> createAndChange(title + n, UPDATES)));
        }
        List<String> ids = new ArrayList<>();
        for (Future<String> f : futures) {
            ids.add(f.get());
        }
        return ids;
    }

    /** Creates a production and changes its title {@code updates} times in a row, each with the ETag just read. */
    private String createAndChange(String title, int updates) throws Exception {
        HttpResponse<String> created = send(HttpRequest.newBuilder(URI.create(system.url("budget") + "/productions"))
                .POST(HttpRequest.BodyPublishers.ofString("""
                        {"title": "%s", "kind": "FEATURE_FILM", "originalLanguages": ["fr"],
                         "delegatedProducer": {"name": "Les Films du Quai", "siret": "73282932000074"}}""".formatted(title))));
        assertEquals(201, created.statusCode(), created.body());
        String id = json.readTree(created.body()).get("id").asText();
        String etag = created.headers().firstValue("ETag").orElseThrow();
        for (int v = 1; v <= updates; v++) {
            HttpResponse<String> changed = send(HttpRequest.newBuilder(URI.create(system.url("budget") + "/productions/" + id))
                    .header("If-Match", etag)
                    .method("PATCH", HttpRequest.BodyPublishers.ofString("{\"title\": \"%s v%d\"}".formatted(title, v))));
            assertEquals(200, changed.statusCode(), changed.body());
            etag = changed.headers().firstValue("ETag").orElseThrow();
        }
        return id;
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return http.send(request.header("Authorization", "Bearer " + TOKEN).header("Content-Type", "application/json")
                .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The events crew-service's instance on {@code port} applied, from its own metrics (management interface). */
    private double appliedEvents(int port) throws Exception {
        HttpResponse<String> metrics = http.send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + SystemUnderTest.managementPort(port) + "/q/metrics")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, metrics.statusCode());
        double applied = 0;
        for (String line : metrics.body().split("\n")) {
            if (line.startsWith("bobine_inbox_events_total{") && line.contains("outcome=\"applied\"")
                    && line.contains("type=\"production.")) {
                applied += Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
            }
        }
        return applied;
    }

    private long eventsWrittenSinceStart() {
        try (Connection c = system.database("budget"); var q = c.prepareStatement(
                "select count(*) from outbox_event where event_type in ('production.created', 'production.updated')");
                var rs = q.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private Long crewVersion(String productionId) {
        try (Connection c = system.database("crew");
                var q = c.prepareStatement("select source_version from production where id = cast(? as uuid)")) {
            q.setString(1, productionId);
            try (var rs = q.executeQuery()) {
                return rs.next() ? rs.getLong(1) : null;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Each copy in crew-service is at the production's last version in budget-service, with its last title. */
    private void assertCopiesAtLastVersion(List<String> ids) {
        try (Connection budget = system.database("budget"); Connection crew = system.database("crew")) {
            Map<String, Object[]> master = new HashMap<>();
            try (var q = budget.prepareStatement("select cast(id as text), version, title from production where id = any(?)")) {
                q.setArray(1, uuids(budget, ids));
                try (var rs = q.executeQuery()) {
                    while (rs.next()) {
                        master.put(rs.getString(1), new Object[] { rs.getLong(2), rs.getString(3) });
                    }
                }
            }
            assertEquals(ids.size(), master.size());
            try (var q = crew.prepareStatement("select cast(id as text), source_version, title from production where id = any(?)")) {
                q.setArray(1, uuids(crew, ids));
                Map<String, Object[]> copies = new HashMap<>();
                try (var rs = q.executeQuery()) {
                    while (rs.next()) {
                        copies.put(rs.getString(1), new Object[] { rs.getLong(2), rs.getString(3) });
                    }
                }
                for (String id : ids) {
                    Object[] m = master.get(id);
                    Object[] copy = copies.get(id);
                    assertTrue(copy != null, "crew-service has a copy of " + id);
                    assertEquals(m[0], copy[0], "version of the copy of " + id);
                    assertEquals(m[1], copy[1], "title of the copy of " + id);
                    assertEquals((long) UPDATES, m[0], "budget-service counted every change of " + id);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private record Written(String eventId, long seq, long version) {
    }

    private record Applied(String eventId, String position) {
    }

    /**
     * Reads what budget-service wrote (its outbox: event id and the production's version in the payload, in commit
     * order) and what crew-service applied (its inbox: one row per event id, stamped with clock_timestamp() in the
     * applying transaction, and the Kafka position it was read at), and compares them production by production.
     */
    private void assertAppliedInOrderAndOnce(List<String> ids) throws Exception {
        Map<String, List<Written>> written = new LinkedHashMap<>();
        Map<String, String> productionOf = new HashMap<>();
        try (Connection budget = system.database("budget"); var q = budget.prepareStatement("""
                select cast(id as text), event_key, seq, payload from outbox_event
                where event_key = any(?) and event_type in ('production.created', 'production.updated')
                order by seq""")) {
            q.setArray(1, budget.createArrayOf("text", ids.toArray()));
            try (var rs = q.executeQuery()) {
                while (rs.next()) {
                    JsonNode event = json.readTree(rs.getString(4));
                    written.computeIfAbsent(rs.getString(2), k -> new ArrayList<>())
                            .add(new Written(rs.getString(1), rs.getLong(3), event.get("data").get("version").asLong()));
                    productionOf.put(rs.getString(1), rs.getString(2));
                }
            }
        }
        assertEquals(ids.size(), written.size(), "every production has its events in budget-service's outbox");
        for (var e : written.entrySet()) {
            // 1 + UPDATES events of versions 0..UPDATES, in commit order
            List<Long> versions = e.getValue().stream().map(Written::version).toList();
            assertEquals(java.util.stream.LongStream.rangeClosed(0, UPDATES).boxed().toList(), versions,
                    "versions written for " + e.getKey());
        }

        Map<String, List<Applied>> applied = new HashMap<>();
        Map<String, Integer> timesApplied = new HashMap<>();
        try (Connection crew = system.database("crew"); var q = crew.prepareStatement("""
                select event_id, topic || '/' || kafka_partition || '@' || kafka_offset from processed_event
                where consumer = 'crew-service' and event_id = any(?)
                order by processed_at, kafka_offset""")) {
            q.setArray(1, crew.createArrayOf("text", productionOf.keySet().toArray()));
            try (var rs = q.executeQuery()) {
                while (rs.next()) {
                    String eventId = rs.getString(1);
                    timesApplied.merge(eventId, 1, Integer::sum);
                    applied.computeIfAbsent(productionOf.get(eventId), k -> new ArrayList<>())
                            .add(new Applied(eventId, rs.getString(2)));
                }
            }
            try (var dead = crew.prepareStatement("select count(*) from dead_letter_event"); var rs = dead.executeQuery()) {
                rs.next();
                assertEquals(0, rs.getLong(1), "no event parked");
            }
        }
        assertEquals(productionOf.keySet(), timesApplied.keySet(), "every event was applied in crew-service");
        assertTrue(timesApplied.values().stream().allMatch(n -> n == 1), "each event was applied once: " + timesApplied);
        for (var e : written.entrySet()) {
            List<String> inWriteOrder = e.getValue().stream().map(Written::eventId).toList();
            List<String> inApplyOrder = applied.get(e.getKey()).stream().map(Applied::eventId).toList();
            assertEquals(inWriteOrder, inApplyOrder, "events of " + e.getKey() + " applied in the order written");
            // ... read from one partition, at increasing offsets
            List<Applied> positions = applied.get(e.getKey());
            String partition = positions.get(0).position().substring(0, positions.get(0).position().indexOf('@'));
            assertTrue(positions.stream().allMatch(a -> a.position().startsWith(partition + "@")),
                    "one partition for " + e.getKey() + ": " + positions);
            List<Long> offsets = positions.stream().map(a -> Long.parseLong(a.position().substring(a.position().indexOf('@') + 1)))
                    .toList();
            assertEquals(offsets.stream().sorted(Comparator.naturalOrder()).distinct().toList(), offsets,
                    "offsets of " + e.getKey() + " increase");
        }
    }

    private static Array uuids(Connection c, List<String> ids) throws SQLException {
        return c.createArrayOf("uuid", ids.toArray());
    }
}
