package fr.bobine.platform.security;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import fr.bobine.platform.crypto.PersonalDataCipher;
import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.StartupEvent;

/**
 * A service started in production mode with a secret committed to this repository (the development JWT key, a
 * {@code %dev} or {@code %test} personal-data key) stops at once with a message saying which and what to set instead.
 * Development and test modes may use them: that is what they are for.
 */
@ApplicationScoped
public class ProductionSecretsCheck {

    private static final Logger LOG = Logger.getLogger(ProductionSecretsCheck.class);

    @Inject
    PersonalDataCipher cipher;

    @ConfigProperty(name = "mp.jwt.verify.publickey")
    Optional<String> inlineKey;

    @ConfigProperty(name = "mp.jwt.verify.publickey.location")
    Optional<String> keyLocation;

    void onStart(@Observes StartupEvent event) {
        if (LaunchMode.current() != LaunchMode.NORMAL) {
            return;
        }
        Optional<String> jwtKey = inlineKey.filter(k -> !k.isBlank()).or(() -> keyLocation.flatMap(DevelopmentSecrets::read));
        List<String> problems = DevelopmentSecrets.problems(jwtKey, cipher.ring());
        if (!problems.isEmpty()) {
            String message = "Production mode refuses development secrets: " + String.join("; ", problems) + ".";
            LOG.error(message);
            throw new IllegalStateException(message);
        }
    }
}
