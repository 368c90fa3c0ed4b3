package fr.bobine.system;

import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import fr.bobine.testing.TestInfrastructure;
import fr.bobine.testing.TestTokens;

/**
 * A packaged service started in production mode with a development secret stops at once and says which: the JWT key
 * committed in deploy/local/dev-keys (anybody can sign a token with it), or the %dev personal-data key. The same
 * service with secrets of its own starts (as every other system test shows).
 */
class ProductionSecretsIT {

    static final Path ROOT = Path.of(System.getProperty("bobine.root", "..")).toAbsolutePath().normalize();
    static final String DEV_PERSONAL_DATA_KEY = "kGNiEbrGquLPfkr/5Vdv/gzCOioEMhotaGhmghJlxJw=";

    static String own() {
        byte[] key = new byte[32];
        new java.security.SecureRandom().nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }

    /** Starts crew-service with these secrets; returns its exit code and what it logged, or fails if it keeps running. */
    static String refusedStart(String jwtPublicKey, String personalDataKeys) throws Exception {
        TestInfrastructure infra = TestInfrastructure.get();
        String database = "crew_secrets" + SystemUnderTest.DB_SUFFIX;
        infra.recreateDatabase(database);
        Path log = Files.createTempFile("bobine-secrets-", ".log");
        ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m",
                "-jar", ROOT.resolve("crew-service/target/quarkus-app/quarkus-run.jar").toString());
        Map<String, String> env = pb.environment();
        int port = 18280 + SystemUnderTest.OFFSET;
        env.put("BOBINE_HTTP_PORT", String.valueOf(port));
        env.put("BOBINE_MANAGEMENT_PORT", String.valueOf(port + 1000));
        env.put("BOBINE_DB_HOST", infra.host);
        env.put("BOBINE_DB_PORT", String.valueOf(infra.port));
        env.put("BOBINE_DB_NAME", database);
        env.put("BOBINE_DB_USER", infra.user);
        env.put("BOBINE_DB_PASSWORD", infra.password);
        env.put("KAFKA_BOOTSTRAP_SERVERS", "127.0.0.1:1");
        env.put("BOBINE_JWT_PUBLIC_KEY", jwtPublicKey);
        env.put("BOBINE_PERSONAL_DATA_KEYS", personalDataKeys);
        Process process = pb.redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("crew-service kept running with a development secret; see " + log);
        }
        assertNotEquals(0, process.exitValue(), "the start failed");
        return Files.readString(log);
    }

    @Test
    void theCommittedDevelopmentJwtKeyStopsAServiceInProductionMode() throws Exception {
        String log = refusedStart(ROOT.resolve("deploy/local/dev-keys/publicKey.pem").toString(), "1:" + own());
        assertTrue(log.contains("Production mode refuses development secrets"), log);
        assertTrue(log.contains("the JWT verification key is the development key of deploy/local/dev-keys"), log);
    }

    @Test
    void theDevelopmentPersonalDataKeyStopsAServiceInProductionMode() throws Exception {
        String log = refusedStart(TestTokens.publicKeyFile().toString(), "2:" + own() + ",1:" + DEV_PERSONAL_DATA_KEY);
        assertTrue(log.contains("personal-data key 1 is a development key committed to the repository"), log);
    }
}
