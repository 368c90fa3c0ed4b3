package fr.bobine.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The deployment descriptors against the services they run, so that renaming a setting, a database or a topic in a
 * service cannot leave deploy/compose or deploy/kubernetes silently setting a variable nobody reads, and so that the
 * edge routes the same paths the same way in all three (deploy/edge for deploy/local and deploy/compose, an Ingress
 * in deploy/kubernetes). Nothing here needs Docker or a cluster: the files are read as YAML (deploy/kubernetes/README.md
 * shows how to render and check them with kubectl).
 */
class DeploymentManifestsTest {

    static final Path ROOT = Path.of("").toAbsolutePath().getParent();
    static final List<String> SERVICES = List.of("budget", "crew", "rights", "distribution");
    /** Read by the image's run-java.sh (JAVA_*) or mapped by Quarkus onto its own properties (QUARKUS_*). */
    static final Pattern RUNTIME_VARIABLE = Pattern.compile("(JAVA|QUARKUS)_[A-Z0-9_]+");
    static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)(?::([^}]*))?}");
    static final String CONTAINER_PORT = "8080";
    static final String EDGE_TEMPLATE = "deploy/edge/bobine.conf.template";
    static final Pattern TEMPLATE_PLACEHOLDER = Pattern.compile("\\$\\{(BOBINE_[A-Z_]+)}");
    /** Quarkus' quarkus.http.limits.max-body-size, which no service changes (10240K). */
    static final String SERVICE_BODY_LIMIT = "10m";

    @Test
    void composeSetsOnlyVariablesTheServicesRead() {
        Map<String, Object> services = map(yaml("deploy/compose/docker-compose.yml").get(0).get("services"));
        for (String service : SERVICES) {
            Map<String, Object> compose = map(services.get(service + "-service"));
            assertReadByTheService(service, map(compose.get("environment")).keySet(), "deploy/compose");
        }
    }

    @Test
    void kubernetesSetsOnlyVariablesTheServicesRead() {
        Set<String> shared = new TreeSet<>(containerEnv(yaml("deploy/kubernetes/service/deployment.yaml").get(0)));
        shared.addAll(generatedLiterals(yaml("deploy/kubernetes/kustomization.yaml").get(0)).keySet());
        for (String service : SERVICES) {
            Set<String> names = new TreeSet<>(shared);
            names.addAll(containerEnv(yaml("deploy/kubernetes/" + service + "/deployment-patch.yaml").get(0)));
            names.addAll(generatedLiterals(yaml("deploy/kubernetes/" + service + "/kustomization.yaml").get(0)).keySet());
            assertReadByTheService(service, names, "deploy/kubernetes");
        }
    }

    @Test
    void eachServiceGetsItsOwnDatabaseUnderTheNameItExpects() {
        Set<String> composeDatabases = new TreeSet<>();
        Matcher create = Pattern.compile("(?i)create database (\\w+)").matcher(read("deploy/compose/postgres/10-databases.sql"));
        while (create.find()) {
            composeDatabases.add(create.group(1));
        }
        Map<String, Object> services = map(yaml("deploy/compose/docker-compose.yml").get(0).get("services"));
        for (String service : SERVICES) {
            String expected = defaults(service).get("BOBINE_DB_NAME");
            assertEquals(expected, map(map(services.get(service + "-service")).get("environment")).get("BOBINE_DB_NAME"),
                    "database of " + service + " in deploy/compose");
            assertTrue(composeDatabases.contains(expected), "deploy/compose creates the database " + expected);
            Map<String, Object> cluster = yaml("deploy/kubernetes/" + service + "/database.yaml").get(0);
            assertEquals(expected, map(map(map(cluster.get("spec")).get("bootstrap")).get("initdb")).get("database"),
                    "database of " + service + " in deploy/kubernetes");
        }
        assertEquals(SERVICES.size(), composeDatabases.size(), "one database per service, no other: " + composeDatabases);
    }

    @Test
    void theKafkaTopicsAreThoseTheServicesPublishAndRead() {
        Set<String> published = new TreeSet<>();
        Set<String> read = new TreeSet<>();
        for (String service : SERVICES) {
            Properties p = properties(service + "-service");
            published.add(topic(p.getProperty("bobine.outbox.topic")));
            for (String t : p.getProperty("bobine.inbox.topics", "").split(",")) {
                if (!t.isBlank()) {
                    read.add(topic(t));
                }
            }
        }
        Set<String> declared = yaml("deploy/kubernetes/kafka.yaml").stream()
                .filter(d -> "KafkaTopic".equals(d.get("kind")))
                .map(d -> (String) map(d.get("metadata")).get("name"))
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(published, declared, "KafkaTopics of deploy/kubernetes/kafka.yaml");
        assertTrue(published.containsAll(read), "every topic read is published by a service: " + read);
    }

    @Test
    void theServicesListenWhereTheProbesAndPortsLook() {
        assertTrue(read("deploy/docker/Dockerfile.jvm").contains("ENV BOBINE_HTTP_PORT=" + CONTAINER_PORT),
                "the image sets the HTTP port");
        Map<String, Object> deployment = yaml("deploy/kubernetes/service/deployment.yaml").get(0);
        Map<String, Object> container = container(deployment);
        Map<String, Object> port = map(list(container.get("ports")).get(0));
        assertEquals(Integer.valueOf(CONTAINER_PORT), port.get("containerPort"));
        // health is on the management interface, whose port the image sets
        Map<String, Object> management = map(list(container.get("ports")).get(1));
        assertTrue(read("deploy/docker/Dockerfile.jvm").contains("BOBINE_MANAGEMENT_PORT=" + management.get("containerPort")),
                "the image puts the management interface where the pod declares it");
        for (String probe : List.of("startupProbe", "livenessProbe", "readinessProbe")) {
            Map<String, Object> get = map(map(container.get(probe)).get("httpGet"));
            assertTrue(((String) get.get("path")).startsWith("/q/health/"), probe + " asks SmallRye Health");
            assertEquals(management.get("name"), get.get("port"), probe + " port");
        }
        Map<String, Object> services = map(yaml("deploy/compose/docker-compose.yml").get(0).get("services"));
        for (String service : SERVICES) {
            String published = (String) list(map(services.get(service + "-service")).get("ports")).get(0);
            String localPort = defaults(service).get("BOBINE_HTTP_PORT");
            assertEquals("127.0.0.1:" + localPort + ":" + CONTAINER_PORT, published,
                    service + " answers in deploy/compose where ./bobine run puts it, so deploy/local/demo.sh works");
        }
    }

    @Test
    void theEdgeRoutesEachServiceUnderThePathItsOpenApiDocumentNames() {
        String template = read(EDGE_TEMPLATE);
        String localEdge = read("deploy/local/edge.sh");
        Map<String, Object> composeEdge = map(map(yaml("deploy/compose/docker-compose.yml").get(0).get("services")).get("edge"));
        Map<String, Object> composeEnvironment = map(composeEdge.get("environment"));
        Map<String, Map<String, Object>> ingresses = new LinkedHashMap<>();
        for (Map<String, Object> document : yaml("deploy/kubernetes/edge/ingress.yaml")) {
            ingresses.put((String) map(document.get("metadata")).get("name"), document);
        }
        String servicePortName = (String) map(list(map(yaml("deploy/kubernetes/service/service.yaml").get(0).get("spec"))
                .get("ports")).get(0)).get("name");
        for (String service : SERVICES) {
            String path = "/api/" + service;
            assertEquals(path, properties(service + "-service").getProperty("bobine.openapi.server"),
                    service + "'s OpenAPI document names its path behind the edge, where generated clients call it");

            String upstream = "BOBINE_" + service.toUpperCase() + "_UPSTREAM";
            assertTrue(Pattern.compile("location " + path + "/ \\{\\s*proxy_pass http://\\$\\{" + upstream + "}/;")
                    .matcher(template).find(), EDGE_TEMPLATE + " sends " + path + "/ to " + upstream + ", the prefix stripped");
            assertTrue(localEdge.contains(upstream + ":-127.0.0.1:" + defaults(service).get("BOBINE_HTTP_PORT")),
                    "deploy/local/edge.sh finds " + service + " where ./bobine run starts it");
            assertEquals(service + "-service:" + CONTAINER_PORT, composeEnvironment.get(upstream),
                    "deploy/compose's edge finds " + service + " on the compose network");

            Map<String, Object> ingress = ingresses.get("api-" + service);
            assertTrue(ingress != null, "deploy/kubernetes/edge has an Ingress for " + service);
            Map<String, Object> annotations = map(map(ingress.get("metadata")).get("annotations"));
            assertEquals(path, annotations.get("nginx.ingress.kubernetes.io/x-forwarded-prefix"), "prefix sent to " + service);
            assertEquals("/$2", annotations.get("nginx.ingress.kubernetes.io/rewrite-target"), "prefix stripped for " + service);
            Map<String, Object> rule = map(list(map(ingress.get("spec")).get("rules")).get(0));
            Map<String, Object> route = map(list(map(rule.get("http")).get("paths")).get(0));
            assertEquals(path + "(/|$)(.*)", route.get("path"));
            Map<String, Object> backend = map(map(route.get("backend")).get("service"));
            assertEquals(service + "-service", backend.get("name"), "the Service of " + service + " (deploy/kubernetes/" + service + ")");
            assertEquals(servicePortName, map(backend.get("port")).get("name"));
            assertEquals(SERVICE_BODY_LIMIT, annotations.get("nginx.ingress.kubernetes.io/proxy-body-size"));
        }
        assertEquals(SERVICES.size(), ingresses.size(), "one Ingress per service: " + ingresses.keySet());
        assertTrue(list(yaml("deploy/kubernetes/kustomization.yaml").get(0).get("resources")).contains("edge"),
                "deploy/kubernetes applies the edge");
    }

    @Test
    void composeRunsTheEdgeWithTheConfigurationOfTheLocalEdge() {
        Map<String, Object> edge = map(map(yaml("deploy/compose/docker-compose.yml").get(0).get("services")).get("edge"));
        Map<String, Object> environment = map(edge.get("environment"));
        Set<String> placeholders = new TreeSet<>();
        Matcher m = TEMPLATE_PLACEHOLDER.matcher(read(EDGE_TEMPLATE));
        while (m.find()) {
            placeholders.add(m.group(1));
        }
        assertEquals(placeholders, new TreeSet<>(environment.keySet()),
                "deploy/compose sets exactly the placeholders of " + EDGE_TEMPLATE);
        assertTrue(list(edge.get("volumes")).contains("../edge/bobine.conf.template:/etc/nginx/templates/default.conf.template:ro"),
                "the nginx image renders the same template (in place of its default server)");
        String port = (String) environment.get("BOBINE_EDGE_PORT");
        assertTrue(read("deploy/local/edge.sh").contains("BOBINE_EDGE_PORT:-" + port), "the same port as ./bobine run");
        assertEquals(List.of("127.0.0.1:" + port + ":" + port), list(edge.get("ports")));
        for (String service : SERVICES) {
            assertEquals("service_healthy", map(map(edge.get("depends_on")).get(service + "-service")).get("condition"),
                    "nginx resolves the services' names at start: they must be up");
        }
    }

    @Test
    void theEdgeAcceptsTheBodiesTheServicesAccept() {
        assertTrue(read(EDGE_TEMPLATE).contains("client_max_body_size " + SERVICE_BODY_LIMIT + ";"));
        List<String> configurations = new ArrayList<>(List.of("platform/src/main/resources/META-INF/microprofile-config.properties"));
        SERVICES.forEach(service -> configurations.add(service + "-service/src/main/resources/application.properties"));
        for (String configuration : configurations) {
            assertTrue(!read(configuration).contains("quarkus.http.limits.max-body-size"),
                    configuration + " keeps Quarkus' body limit; if it changes, change the edge's with it");
        }
    }

    static void assertReadByTheService(String service, Set<String> names, String where) {
        Set<String> read = defaults(service).keySet();
        List<String> unread = new ArrayList<>();
        for (String name : names) {
            if (!read.contains(name) && !RUNTIME_VARIABLE.matcher(name).matches()) {
                unread.add(name);
            }
        }
        assertEquals(List.of(), unread, where + " sets variables that " + service + "-service does not read");
    }

    /** Every ${VARIABLE:default} of the service's and the platform's application.properties, with its default. */
    static Map<String, String> defaults(String service) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String file : List.of("platform/src/main/resources/META-INF/microprofile-config.properties",
                service + "-service/src/main/resources/application.properties")) {
            Matcher m = PLACEHOLDER.matcher(read(file));
            while (m.find()) {
                out.putIfAbsent(m.group(1), m.group(2));
            }
        }
        return out;
    }

    static Properties properties(String module) {
        Properties p = new Properties();
        try (var in = Files.newBufferedReader(ROOT.resolve(module + "/src/main/resources/application.properties"))) {
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }

    /** A topic name without the test suffix placeholder ({@code bobine.budget.v1${bobine.topic-suffix:}}). */
    static String topic(String value) {
        return value.trim().replaceAll("\\$\\{[^}]*}", "");
    }

    static List<String> containerEnv(Map<String, Object> deployment) {
        Object env = container(deployment).get("env");
        return env == null ? List.of() : list(env).stream().map(e -> (String) map(e).get("name")).toList();
    }

    static Map<String, Object> container(Map<String, Object> deployment) {
        Map<String, Object> pod = map(map(map(deployment.get("spec")).get("template")).get("spec"));
        return map(list(pod.get("containers")).get(0));
    }

    /** The NAME=value literals of a kustomization's configMapGenerator. */
    static Map<String, String> generatedLiterals(Map<String, Object> kustomization) {
        Map<String, String> out = new LinkedHashMap<>();
        Object generators = kustomization.get("configMapGenerator");
        for (Object g : generators == null ? List.of() : list(generators)) {
            for (Object literal : list(map(g).get("literals"))) {
                String[] kv = ((String) literal).split("=", 2);
                out.put(kv[0], kv[1]);
            }
        }
        return out;
    }

    static List<Map<String, Object>> yaml(String file) {
        Yaml yaml = new Yaml(new SafeConstructor(new LoaderOptions()));
        return StreamSupport.stream(yaml.loadAll(read(file)).spliterator(), false).filter(d -> d != null)
                .map(DeploymentManifestsTest::map).toList();
    }

    static String read(String file) {
        try {
            return Files.readString(ROOT.resolve(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object o) {
        return (Map<String, Object>) o;
    }

    @SuppressWarnings("unchecked")
    static List<Object> list(Object o) {
        return (List<Object>) o;
    }
}
