package fr.bobine.testing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.PrivateKey;
import java.time.Duration;
import java.util.Set;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.util.KeyUtils;

/** Bearer tokens for tests, signed with the development key like {@code deploy/local/token.sh}. */
public final class TestTokens {

    public static final String ISSUER = "https://bobine.local/dev";
    private static PrivateKey key;

    private TestTokens() {
    }

    public static String forRoles(String... roles) {
        return forUser("test@bobine.local", roles);
    }

    public static String forUser(String user, String... roles) {
        return Jwt.issuer(ISSUER).upn(user).subject(user).groups(Set.of(roles)).expiresIn(Duration.ofHours(1))
                .jws().sign(key());
    }

    private static synchronized PrivateKey key() {
        if (key == null) {
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
}
