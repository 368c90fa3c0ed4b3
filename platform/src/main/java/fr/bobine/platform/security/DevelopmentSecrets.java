package fr.bobine.platform.security;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import fr.bobine.platform.crypto.KeyRing;

/**
 * The secrets committed to this repository for development and tests, known by their SHA-256 so that a service in
 * production mode can tell it was given one: the JWT key pair of {@code deploy/local/dev-keys} (anybody can sign a
 * token with its public private half) and the personal-data keys of the {@code %dev} and {@code %test} profiles.
 */
public final class DevelopmentSecrets {

    /** SHA-256 of the DER (SubjectPublicKeyInfo) of {@code deploy/local/dev-keys/publicKey.pem}. */
    static final Set<String> JWT_PUBLIC_KEYS = Set.of("946df3b15058f397b157d4269880eba3a4263398ea40475ff686d9e77ea2a727");

    /** SHA-256 of the 32 bytes of the personal-data keys in the services' {@code %dev} and {@code %test} settings. */
    static final Set<String> PERSONAL_DATA_KEYS = Set.of(
            "d241a0ded427ed4d2d1c4bf8d18f4be3f43dcb05f15e1f8930e6bde4bd86210a",
            "aa5bb70a430dd629e87533d40277ac8b230b1b4b621362944aa446721cb963b6");

    private DevelopmentSecrets() {
    }

    /**
     * What is wrong with the secrets a service was given, one sentence each; empty when none is a development one.
     *
     * @param jwtPublicKey the PEM text of the token verification key, when it is a PEM
     * @param personalDataKeys the {@code bobine.personal-data.keys} ring, when set
     */
    public static List<String> problems(Optional<String> jwtPublicKey, Optional<KeyRing> personalDataKeys) {
        List<String> problems = new ArrayList<>();
        jwtPublicKey.flatMap(DevelopmentSecrets::derOfPem).filter(der -> JWT_PUBLIC_KEYS.contains(sha256(der)))
                .ifPresent(der -> problems.add("the JWT verification key is the development key of deploy/local/dev-keys, "
                        + "with which anybody can sign a token: set BOBINE_JWT_PUBLIC_KEY to your OIDC provider's key"));
        personalDataKeys.ifPresent(ring -> {
            for (String id : ring.ids()) {
                if (ring.raw(id).map(DevelopmentSecrets::sha256).filter(PERSONAL_DATA_KEYS::contains).isPresent()) {
                    problems.add("personal-data key " + id + " is a development key committed to the repository: set "
                            + "BOBINE_PERSONAL_DATA_KEYS to keys of your own (openssl rand -base64 32)");
                }
            }
        });
        return problems;
    }

    /** The text of the key at {@code location}: a file path, {@code file:} or {@code classpath:} URL; empty otherwise. */
    public static Optional<String> read(String location) {
        try {
            if (location.startsWith("classpath:") || !location.contains(":") && !Files.exists(Path.of(location))) {
                String resource = location.startsWith("classpath:") ? location.substring("classpath:".length()) : location;
                try (InputStream in = Thread.currentThread().getContextClassLoader()
                        .getResourceAsStream(resource.startsWith("/") ? resource.substring(1) : resource)) {
                    return in == null ? Optional.empty() : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
                }
            }
            Path path = location.startsWith("file:") ? Path.of(java.net.URI.create(location)) : Path.of(location);
            return Files.exists(path) ? Optional.of(Files.readString(path)) : Optional.empty();
        } catch (IOException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    static Optional<byte[]> derOfPem(String pem) {
        if (!pem.contains("-----BEGIN")) {
            return Optional.empty();
        }
        StringBuilder body = new StringBuilder();
        for (String line : pem.split("\\R")) {
            if (!line.startsWith("-----")) {
                body.append(line.strip());
            }
        }
        try {
            return Optional.of(Base64.getDecoder().decode(body.toString()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
