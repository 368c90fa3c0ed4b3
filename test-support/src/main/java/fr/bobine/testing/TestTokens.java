package fr.bobine.testing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.time.Duration;
import java.util.Base64;
import java.util.Set;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import io.smallrye.jwt.util.KeyUtils;

/**
 * Bearer tokens for tests, shaped as the company's provider issues them (issuer, audience {@code bobine}, groups as an
 * array, one hour). {@code @QuarkusTest}s sign with the development key like {@code deploy/local/token.sh}; with the
 * system property {@code bobine.test.jwt.generate=true} (system-tests, whose services run in production mode and refuse
 * the development key) a key pair is made for the run and its public half written to {@link #publicKeyFile()}.
 */
public final class TestTokens {

    public static final String ISSUER = "https://bobine.local/dev";
    public static final String AUDIENCE = "bobine";
    private static PrivateKey key;
    private static Path publicKeyFile;

    private TestTokens() {
    }

    public static String forRoles(String... roles) {
        return forUser("test@bobine.local", roles);
    }

    public static String forUser(String user, String... roles) {
        return sign(claims(user, roles));
    }

    /** The claims {@link #forUser} signs, for a test that changes one of them (an adversarial token). */
    public static JwtClaimsBuilder claims(String user, String... roles) {
        return Jwt.issuer(ISSUER).audience(AUDIENCE).upn(user).subject(user).groups(Set.of(roles))
                .expiresIn(Duration.ofHours(1));
    }

    public static String sign(JwtClaimsBuilder claims) {
        return claims.jws().sign(key());
    }

    /** The public key services must verify this run's tokens with, as a PEM file. */
    public static synchronized Path publicKeyFile() {
        key();
        if (publicKeyFile == null) {
            throw new IllegalStateException("tokens are signed with the development key: deploy/local/dev-keys/publicKey.pem");
        }
        return publicKeyFile;
    }

    private static synchronized PrivateKey key() {
        if (key == null) {
            if (Boolean.getBoolean("bobine.test.jwt.generate")) {
                generate();
                return key;
            }
            try (InputStream in = TestTokens.class.getResourceAsStream("/bobine-dev-keys/privateKey.pem")) {
                if (in == null) {
                    throw new IllegalStateException("bobine-dev-keys/privateKey.pem is not on the test classpath");
                }
                key = KeyUtils.decodePrivateKey(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException | java.security.GeneralSecurityException e) {
                throw new IllegalStateException(e);
            }
        }
        return key;
    }

    private static void generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair pair = generator.generateKeyPair();
            Path file = Files.createTempFile("bobine-test-jwt-", ".pem");
            file.toFile().deleteOnExit();
            Files.writeString(file, "-----BEGIN PUBLIC KEY-----\n"
                    + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(pair.getPublic().getEncoded())
                    + "\n-----END PUBLIC KEY-----\n");
            key = pair.getPrivate();
            publicKeyFile = file;
        } catch (NoSuchAlgorithmException | IOException e) {
            throw new IllegalStateException("cannot make this run's JWT key pair", e);
        }
    }
}
