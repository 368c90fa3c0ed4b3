package fr.bobine.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.errors.TopicExistsException;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * The real PostgreSQL and Kafka the tests run against: the local stack of {@code deploy/local/stack.sh} when it is
 * reachable, Testcontainers when Docker is available, otherwise a failure that names the command to run.
 * One per JVM, shared by every test class.
 */
public final class TestInfrastructure {

    private static TestInfrastructure instance;

    public final String host;
    public final int port;
    public final String user;
    public final String password;
    public final String bootstrapServers;

    private TestInfrastructure(String host, int port, String user, String password, String bootstrapServers) {
        this.host = host;
        this.port = port;
        this.user = user;
        this.password = password;
        this.bootstrapServers = bootstrapServers;
    }

    public static synchronized TestInfrastructure get() {
        if (instance == null) {
            instance = discover();
        }
        return instance;
    }

    private static TestInfrastructure discover() {
        String host = env("BOBINE_DB_HOST", "127.0.0.1");
        int port = Integer.parseInt(env("BOBINE_DB_PORT", "5432"));
        String user = env("BOBINE_DB_USER", "bobine");
        String password = env("BOBINE_DB_PASSWORD", "bobine");
        String kafka = env("KAFKA_BOOTSTRAP_SERVERS", "127.0.0.1:9092");
        // A busy machine can be slow to answer: three tries before looking elsewhere.
        String pgProblem = null;
        String kafkaProblem = null;
        for (int attempt = 0; attempt < 3; attempt++) {
            pgProblem = probePostgres(host, port, user, password);
            kafkaProblem = probeKafka(kafka);
            if (pgProblem == null && kafkaProblem == null) {
                break;
            }
        }
        if (pgProblem == null && kafkaProblem == null) {
            return new TestInfrastructure(host, port, user, password, kafka);
        }
        if (dockerAvailable()) {
            return containers();
        }
        throw new IllegalStateException("The tests need a real PostgreSQL and Kafka and found "
                + (pgProblem != null ? "no PostgreSQL at " + host + ":" + port + " (" + pgProblem + ")" : "")
                + (pgProblem != null && kafkaProblem != null ? " and " : "")
                + (kafkaProblem != null ? "no Kafka at " + kafka + " (" + kafkaProblem + ")" : "")
                + ". Start the local stack with `deploy/local/stack.sh start` (or run `./bobine test`), "
                + "or run on a machine with Docker for Testcontainers.");
    }

    private static TestInfrastructure containers() {
        PostgreSQLContainer pg = new PostgreSQLContainer("postgres:15").withUsername("bobine").withPassword("bobine");
        KafkaContainer kafka = new KafkaContainer("apache/kafka:4.2.1");
        pg.start();
        kafka.start();
        return new TestInfrastructure(pg.getHost(), pg.getMappedPort(5432), "bobine", "bobine", kafka.getBootstrapServers());
    }

    private static boolean dockerAvailable() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException | LinkageError e) {
            return false;
        }
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://" + host + ":" + port + "/" + database;
    }

    /** Drops nothing: creates {@code database} owned by the test user when it does not exist yet. */
    public void createDatabase(String database) {
        if (!database.matches("[a-z_][a-z0-9_]*")) {
            throw new IllegalArgumentException("database name " + database);
        }
        try (Connection c = DriverManager.getConnection(jdbcUrl("postgres"), user, password);
                var check = c.prepareStatement("select 1 from pg_database where datname = ?")) {
            check.setString(1, database);
            try (var rs = check.executeQuery()) {
                if (rs.next()) {
                    return;
                }
            }
            try (var create = c.createStatement()) {
                create.execute("create database " + database);
            }
        } catch (SQLException e) {
            if (!"42P04".equals(e.getSQLState())) {
                throw new IllegalStateException("cannot create database " + database, e);
            }
        }
    }

    /** Drops and creates {@code database}, for tests that start whole services on a clean slate. */
    public void recreateDatabase(String database) {
        try (Connection c = DriverManager.getConnection(jdbcUrl("postgres"), user, password); var st = c.createStatement()) {
            st.execute("drop database if exists " + database + " with (force)");
            st.execute("create database " + database);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot recreate database " + database, e);
        }
    }

    public void createTopics(String bootstrap, List<String> topics) {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
            List<NewTopic> newTopics = new ArrayList<>();
            Set<String> existing = admin.listTopics().names().get(10, TimeUnit.SECONDS);
            for (String topic : topics) {
                if (!existing.contains(topic)) {
                    newTopics.add(new NewTopic(topic, 3, (short) 1));
                }
            }
            if (!newTopics.isEmpty()) {
                admin.createTopics(newTopics).all().get(30, TimeUnit.SECONDS);
            }
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw new IllegalStateException("cannot create topics " + topics, e);
            }
        } catch (Exception e) {
            throw new IllegalStateException("cannot create topics " + topics, e);
        }
    }

    private static String probePostgres(String host, int port, String user, String password) {
        Properties props = new Properties();
        props.setProperty("user", user);
        props.setProperty("password", password);
        props.setProperty("connectTimeout", "10");
        try (Connection c = DriverManager.getConnection("jdbc:postgresql://" + host + ":" + port + "/postgres", props)) {
            return null;
        } catch (SQLException e) {
            return e.getMessage();
        }
    }

    /**
     * Patient enough for a machine whose cores several test JVMs share: with 5 s the probe took a loaded machine for a
     * missing broker. A broker that is down still fails it, after 30 s.
     */
    private static String probeKafka(String bootstrap) {
        // generous: on a machine shared by several builds a live broker can take several seconds to answer
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, "15000", AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, "30000"))) {
            admin.describeCluster().nodes().get(35, TimeUnit.SECONDS);
            return null;
        } catch (Exception e) {
            return e.getClass().getSimpleName();
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
