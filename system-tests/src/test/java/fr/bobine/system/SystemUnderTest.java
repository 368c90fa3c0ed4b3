package fr.bobine.system;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

import fr.bobine.testing.TestInfrastructure;
import fr.bobine.testing.TestTokens;

/**
 * The four services as a user runs them: their packaged jars started as processes, each with a fresh database
 * ({@code <service>_it}, see DB_SUFFIX) on the real PostgreSQL, all talking through a private Kafka broker (its own port and data
 * directory, started with deploy/local/stack.sh) that the tests may stop and start again, behind their own edge
 * (nginx, started with deploy/local/edge.sh on EDGE_PORT).
 */
final class SystemUnderTest {

    private static final String PERSONAL_DATA_KEY = newKey();

    private static String newKey() {
        byte[] key = new byte[32];
        new java.security.SecureRandom().nextBytes(key);
        return java.util.Base64.getEncoder().encodeToString(key);
    }

    /**
     * BOBINE_TEST_PORT_OFFSET moves every port below, and BOBINE_TEST_DB_SUFFIX the databases, so that two checkouts
     * on one machine can run their system tests at once.
     */
    /** A token with every role, for the scenarios that play the whole production office. */
    static final String ALL_ROLES = TestTokens.forRoles("producer", "production-manager", "accountant", "payroll",
            "rights-manager", "distribution-manager", "auditor");

    /** A JSON request as a user holding every role. */
    static io.restassured.specification.RequestSpecification asEveryRole() {
        return io.restassured.RestAssured.given().auth().oauth2(ALL_ROLES)
                .contentType(io.restassured.http.ContentType.JSON);
    }

    static final int OFFSET = Integer.parseInt(System.getenv().getOrDefault("BOBINE_TEST_PORT_OFFSET", "0"));
    static final String DB_SUFFIX = "_it" + System.getenv().getOrDefault("BOBINE_TEST_DB_SUFFIX", "");
    /** Four JVMs starting at once on a busy two-core machine have been seen to need three minutes. */
    static final int READY_WITHIN_SECONDS = 300;
    static final int KAFKA_PORT = 19092 + OFFSET;
    static final int KAFKA_CONTROLLER_PORT = 19093 + OFFSET;
    static final int EDGE_PORT = 18180 + OFFSET;
    static final Map<String, Integer> PORTS = new LinkedHashMap<>();

    static {
        PORTS.put("budget", 18181 + OFFSET);
        PORTS.put("crew", 18182 + OFFSET);
        PORTS.put("rights", 18183 + OFFSET);
        PORTS.put("distribution", 18184 + OFFSET);
    }

    final Path root = Path.of(System.getProperty("bobine.root", "..")).toAbsolutePath().normalize();
    final Path work = root.resolve("system-tests/target/system");
    final TestInfrastructure infra = TestInfrastructure.get();
    /** The running processes by instance name: the service's name, or the name given to another instance of it. */
    private final Map<String, Process> services = new LinkedHashMap<>();
    private boolean edgeStarted;

    void start() throws Exception {
        start(PORTS.keySet());
    }

    /** Starts only {@code names} (each on a fresh database) behind the private broker; the edge when all four run. */
    void start(Collection<String> names) throws Exception {
        for (String service : names) {
            Path jar = jar(service);
            if (!Files.exists(jar)) {
                throw new IllegalStateException(jar + " is missing: build the services first (./mvnw install -DskipTests)");
            }
        }
        stack("kafka-reset");
        stack("kafka-start");
        Files.createDirectories(work.resolve("logs"));
        for (String service : names) {
            infra.recreateDatabase(service + DB_SUFFIX);
            services.put(service, startService(service, service, PORTS.get(service)));
        }
        for (String service : names) {
            awaitReady(service, PORTS.get(service));
        }
        if (names.containsAll(PORTS.keySet())) {
            edge("start");
            edgeStarted = true;
        }
    }

    /**
     * Starts another instance of {@code service}, named {@code instance}: the same database and consumer group, its own
     * HTTP port ({@code port}), management port and log ({@link #log}).
     */
    void startInstance(String service, String instance, int port) throws Exception {
        services.put(instance, startService(service, instance, port));
        awaitReady(instance, port);
    }

    /** Stops one instance as a platform would (SIGTERM, a graceful shutdown) and waits for it to exit. */
    void stopInstance(String instance) throws InterruptedException {
        Process p = services.remove(instance);
        p.destroy();
        if (!p.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
            p.destroyForcibly();
        }
    }

    /** The console output of an instance. */
    Path log(String instance) {
        return work.resolve("logs/" + instance + ".log");
    }

    void stop() throws Exception {
        if (edgeStarted) {
            edge("stop");
        }
        for (Process p : services.values()) {
            p.destroy();
        }
        for (Process p : services.values()) {
            if (!p.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
                p.destroyForcibly();
            }
        }
        stack("kafka-stop");
    }

    void stopKafka() throws Exception {
        stack("kafka-stop");
    }

    void startKafka() throws Exception {
        stack("kafka-start");
    }

    String url(String service) {
        return "http://127.0.0.1:" + PORTS.get(service);
    }

    /** The edge's origin: the services are under /api/{service}/ there. */
    String edge() {
        return "http://127.0.0.1:" + EDGE_PORT;
    }

    Connection database(String service) throws SQLException {
        return DriverManager.getConnection(infra.jdbcUrl(service + DB_SUFFIX), infra.user, infra.password);
    }

    private Path jar(String service) {
        return root.resolve(service + "-service/target/quarkus-app/quarkus-run.jar");
    }

    private Process startService(String service, String instance, int port) throws IOException {
        ProcessBuilder pb = new ProcessBuilder(javaBinary(), "-Xms64m", "-Xmx256m", "-XX:TieredStopAtLevel=1", "-jar",
                jar(service).toString());
        Map<String, String> env = pb.environment();
        env.put("BOBINE_HTTP_PORT", String.valueOf(port));
        env.put("BOBINE_DB_HOST", infra.host);
        env.put("BOBINE_DB_PORT", String.valueOf(infra.port));
        env.put("BOBINE_DB_NAME", service + DB_SUFFIX);
        env.put("BOBINE_DB_USER", infra.user);
        env.put("BOBINE_DB_PASSWORD", infra.password);
        env.put("KAFKA_BOOTSTRAP_SERVERS", "127.0.0.1:" + KAFKA_PORT);
        // production mode refuses the development secrets: this run's own JWT key pair and personal-data key, like real ones
        env.put("BOBINE_JWT_PUBLIC_KEY", TestTokens.publicKeyFile().toString());
        env.put("BOBINE_PERSONAL_DATA_KEYS", "1:" + PERSONAL_DATA_KEY);
        env.put("BOBINE_MANAGEMENT_PORT", String.valueOf(managementPort(port)));
        File log = log(instance).toFile();
        pb.redirectErrorStream(true).redirectOutput(log);
        return pb.start();
    }

    private void awaitReady(String instance, int port) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + Duration.ofSeconds(READY_WITHIN_SECONDS).toNanos();
        while (System.nanoTime() < deadline) {
            try {
                var response = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + managementPort(port) + "/q/health/ready"))
                        .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException(instance + " was not ready within " + READY_WITHIN_SECONDS + " s; see " + log(instance));
    }

    /** The management interface (health, metrics) of the service on {@code port}: 1000 above it. */
    static int managementPort(int port) {
        return port + 1000;
    }

    private void stack(String command) throws Exception {
        script("stack.sh", command, Map.of("BOBINE_KAFKA_PORT", String.valueOf(KAFKA_PORT),
                "BOBINE_KAFKA_CONTROLLER_PORT", String.valueOf(KAFKA_CONTROLLER_PORT)));
    }

    private void edge(String command) throws Exception {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("BOBINE_EDGE_PORT", String.valueOf(EDGE_PORT));
        PORTS.forEach((service, port) -> env.put("BOBINE_" + service.toUpperCase() + "_UPSTREAM", "127.0.0.1:" + port));
        script("edge.sh", command, env);
    }

    private void script(String name, String command, Map<String, String> env) throws Exception {
        ProcessBuilder pb = new ProcessBuilder("bash", root.resolve("deploy/local/" + name).toString(), command);
        pb.environment().put("BOBINE_STATE_DIR", work.resolve("state").toString());
        pb.environment().putAll(env);
        Files.createDirectories(work);
        pb.redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(work.resolve("stack.log").toFile()));
        Process p = pb.start();
        if (!p.waitFor(180, java.util.concurrent.TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IllegalStateException(name + " " + command + " failed; see " + work.resolve("stack.log"));
        }
    }

    private static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
