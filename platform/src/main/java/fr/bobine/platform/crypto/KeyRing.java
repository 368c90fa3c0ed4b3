package fr.bobine.platform.crypto;

import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.crypto.spec.SecretKeySpec;

/**
 * The personal-data keys of a service, each with an id: {@code "2:<base64>,1:<base64>"}. The first is the active key,
 * the one new values are encrypted with; the others are kept to read values written before a rotation, until the
 * rotation has re-encrypted them. Each key is 32 bytes (AES-256) in base64.
 */
public final class KeyRing {

    private final Map<String, SecretKeySpec> keys;
    private final String activeId;

    private KeyRing(Map<String, SecretKeySpec> keys, String activeId) {
        this.keys = keys;
        this.activeId = activeId;
    }

    /** The ring described by {@code spec}, or empty when it is blank; a malformed spec is refused with its reason. */
    public static Optional<KeyRing> parse(String spec) {
        if (spec == null || spec.isBlank()) {
            return Optional.empty();
        }
        Map<String, SecretKeySpec> keys = new LinkedHashMap<>();
        for (String entry : spec.split(",")) {
            String trimmed = entry.strip();
            int colon = trimmed.indexOf(':');
            if (colon <= 0) {
                throw new IllegalArgumentException("each personal-data key is written <id>:<base64 of 32 bytes>");
            }
            String id = trimmed.substring(0, colon);
            if (!id.matches("[A-Za-z0-9_-]{1,20}")) {
                throw new IllegalArgumentException("a personal-data key id is 1 to 20 letters, digits, '-' or '_'");
            }
            byte[] bytes;
            try {
                bytes = Base64.getDecoder().decode(trimmed.substring(colon + 1).strip());
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("personal-data key " + id + " is not base64");
            }
            if (bytes.length != 32) {
                throw new IllegalArgumentException("personal-data key " + id + " must be 32 bytes (AES-256), not " + bytes.length);
            }
            if (keys.put(id, new SecretKeySpec(bytes, "AES")) != null) {
                throw new IllegalArgumentException("personal-data key id " + id + " is given twice");
            }
        }
        return Optional.of(new KeyRing(keys, keys.keySet().iterator().next()));
    }

    public String activeId() {
        return activeId;
    }

    SecretKeySpec active() {
        return keys.get(activeId);
    }

    Optional<SecretKeySpec> key(String id) {
        return Optional.ofNullable(keys.get(id));
    }

    /** Every key, the active one first. */
    List<Map.Entry<String, SecretKeySpec>> all() {
        return new ArrayList<>(keys.entrySet());
    }

    public List<String> ids() {
        return List.copyOf(keys.keySet());
    }

    /** The 32 bytes of key {@code id}, to tell a development key from a real one (see DevelopmentSecrets). */
    public Optional<byte[]> raw(String id) {
        return key(id).map(SecretKeySpec::getEncoded);
    }
}
