package fr.bobine.platform.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPairGenerator;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import fr.bobine.platform.crypto.KeyRing;

class DevelopmentSecretsTest {

    static final Path DEV_PUBLIC_KEY = Path.of("../deploy/local/dev-keys/publicKey.pem");
    /** The %dev personal-data key of crew-service and budget-service, committed in their application.properties. */
    static final String DEV_PERSONAL_DATA_KEY = "kGNiEbrGquLPfkr/5Vdv/gzCOioEMhotaGhmghJlxJw=";

    @Test
    void theCommittedDevelopmentJwtKeyIsRecognised() throws Exception {
        String pem = Files.readString(DEV_PUBLIC_KEY);
        List<String> problems = DevelopmentSecrets.problems(Optional.of(pem), Optional.empty());
        assertEquals(1, problems.size());
        assertTrue(problems.get(0).contains("deploy/local/dev-keys"), problems.get(0));
        // read from its location as the configuration gives it
        assertEquals(Optional.of(pem), DevelopmentSecrets.read(DEV_PUBLIC_KEY.toString()));
        assertEquals(Optional.of(pem), DevelopmentSecrets.read(DEV_PUBLIC_KEY.toAbsolutePath().toUri().toString()));
    }

    @Test
    void anotherKeyPairPasses() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        String pem = "-----BEGIN PUBLIC KEY-----\n"
                + Base64.getMimeEncoder().encodeToString(generator.generateKeyPair().getPublic().getEncoded())
                + "\n-----END PUBLIC KEY-----\n";
        assertEquals(List.of(), DevelopmentSecrets.problems(Optional.of(pem), Optional.empty()));
        // a JWKS URL is the provider's, never the committed key
        assertEquals(List.of(), DevelopmentSecrets.problems(Optional.empty(), Optional.empty()));
    }

    @Test
    void aDevelopmentPersonalDataKeyAnywhereInTheRingIsRecognisedByItsId() {
        String own = Base64.getEncoder().encodeToString(new byte[32]);
        KeyRing ring = KeyRing.parse("3:" + own + ",1:" + DEV_PERSONAL_DATA_KEY).orElseThrow();
        List<String> problems = DevelopmentSecrets.problems(Optional.empty(), Optional.of(ring));
        assertEquals(List.of("personal-data key 1 is a development key committed to the repository: set "
                + "BOBINE_PERSONAL_DATA_KEYS to keys of your own (openssl rand -base64 32)"), problems);
        assertEquals(List.of(), DevelopmentSecrets.problems(Optional.empty(), KeyRing.parse("3:" + own)));
    }
}
