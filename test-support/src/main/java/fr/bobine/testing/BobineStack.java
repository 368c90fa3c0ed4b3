package fr.bobine.testing;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Quarkus test resource of every service: points the service at its own test database ({@code <service>_test},
 * cleaned and migrated at start) and at the real Kafka broker, with topics private to this test run so that a
 * developer's running system and earlier runs never leak into a test. Use with
 * {@code @QuarkusTestResource(value = BobineStack.class, initArgs = @ResourceArg(name = "service", value = "crew"))}.
 */
public class BobineStack implements QuarkusTestResourceLifecycleManager {

    /** Suffix of this JVM's topics, e.g. {@code .test-m1x2y3}. */
    public static final String TOPIC_SUFFIX = ".test-" + Long.toString(System.currentTimeMillis(), 36);
    public static final List<String> SERVICES = List.of("budget", "crew", "rights", "distribution");

    private String service;

    @Override
    public void init(Map<String, String> initArgs) {
        service = initArgs.getOrDefault("service", "bobine");
    }

    @Override
    public Map<String, String> start() {
        TestInfrastructure infra = TestInfrastructure.get();
        // BOBINE_TEST_DB_SUFFIX lets two checkouts run their tests at once without cleaning each other's database.
        String database = service + "_test" + System.getenv().getOrDefault("BOBINE_TEST_DB_SUFFIX", "");
        infra.createDatabase(database);
        infra.createTopics(infra.bootstrapServers, SERVICES.stream().map(BobineStack::topic).toList());
        Map<String, String> config = new HashMap<>();
        config.put("quarkus.datasource.jdbc.url", infra.jdbcUrl(database));
        config.put("quarkus.datasource.username", infra.user);
        config.put("quarkus.datasource.password", infra.password);
        config.put("kafka.bootstrap.servers", infra.bootstrapServers);
        config.put("bobine.topic-suffix", TOPIC_SUFFIX);
        config.put("quarkus.flyway.clean-disabled", "false");
        config.put("quarkus.flyway.clean-at-start", "true");
        return config;
    }

    @Override
    public void stop() {
        // The stack outlives the tests; their databases are cleaned at the next start.
    }

    /** This run's topic of {@code service}, e.g. {@code bobine.budget.v1.test-m1x2y3}. */
    public static String topic(String service) {
        return "bobine." + service + ".v1" + TOPIC_SUFFIX;
    }
}
