package fr.bobine.platform.crypto;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import fr.bobine.platform.problem.ProblemException;

/**
 * AES-256-GCM for personal data at rest (NIR, IBAN, birth, address): a fresh 96-bit IV per value, stored as
 * {@code <key id>:base64(IV || ciphertext || tag)} with the key id as associated data. Values written before keys had
 * ids (plain base64) are read with whichever key of the ring authenticates them. The keys come from
 * {@code bobine.personal-data.keys} (a secret in production, see {@link KeyRing}); without any, the service starts but
 * refuses personal data with a 503.
 */
@ApplicationScoped
public class PersonalDataCipher {

    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final SecureRandom random = new SecureRandom();
    private final KeyRing ring;

    @Inject
    public PersonalDataCipher(@ConfigProperty(name = "bobine.personal-data.keys") Optional<String> keys) {
        this(KeyRing.parse(keys.orElse(null)).orElse(null));
    }

    public PersonalDataCipher(KeyRing ring) {
        this.ring = ring;
    }

    public Optional<KeyRing> ring() {
        return Optional.ofNullable(ring);
    }

    public String encrypt(String plaintext) {
        KeyRing keys = requireRing();
        try {
            byte[] iv = new byte[IV_BYTES];
            random.nextBytes(iv);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, keys.active(), new GCMParameterSpec(TAG_BITS, iv));
            cipher.updateAAD(aad(keys.activeId()));
            byte[] sealed = cipher.doFinal(plaintext.getBytes(StandardCharsets.UTF_8));
            return keys.activeId() + ":"
                    + Base64.getEncoder().encodeToString(ByteBuffer.allocate(iv.length + sealed.length).put(iv).put(sealed).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("personal data cannot be encrypted", e);
        }
    }

    public String decrypt(String stored) {
        KeyRing keys = requireRing();
        int colon = stored.indexOf(':');
        if (colon > 0) {
            String id = stored.substring(0, colon);
            SecretKeySpec key = keys.key(id).orElseThrow(() -> new IllegalStateException(
                    "personal data was encrypted with key " + id + ", which bobine.personal-data.keys no longer holds"));
            try {
                return open(key, aad(id), Base64.getDecoder().decode(stored.substring(colon + 1)));
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("personal data cannot be decrypted with key " + id, e);
            }
        }
        // A value from before key ids: GCM's tag tells which key of the ring wrote it.
        byte[] all = Base64.getDecoder().decode(stored);
        for (Map.Entry<String, SecretKeySpec> key : keys.all()) {
            try {
                return open(key.getValue(), null, all);
            } catch (AEADBadTagException e) {
                // not this key
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("personal data cannot be decrypted", e);
            }
        }
        throw new IllegalStateException("personal data cannot be decrypted with any key of bobine.personal-data.keys");
    }

    /** Whether {@code stored} is encrypted with the active key, so that a rotation leaves it alone. */
    public boolean isCurrent(String stored) {
        return stored.startsWith(requireRing().activeId() + ":");
    }

    /** The id of the key {@code stored} was written with, or {@code null} for a value from before key ids. */
    public static String keyId(String stored) {
        int colon = stored.indexOf(':');
        return colon > 0 ? stored.substring(0, colon) : null;
    }

    /**
     * A keyed fingerprint (HMAC-SHA256 under the active key) of {@code value}, to find equal values without storing
     * them in clear; {@code purpose} separates the fingerprints of different kinds of value.
     */
    public String fingerprint(String purpose, String value) {
        return hmac(requireRing().active(), purpose, value);
    }

    /** The fingerprints of {@code value} under every key of the ring, to find it while a rotation is under way. */
    public List<String> fingerprints(String purpose, String value) {
        List<String> all = new ArrayList<>();
        for (Map.Entry<String, SecretKeySpec> key : requireRing().all()) {
            all.add(hmac(key.getValue(), purpose, value));
        }
        return all;
    }

    private static String open(SecretKeySpec key, byte[] aad, byte[] all) throws GeneralSecurityException {
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, all, 0, IV_BYTES));
        if (aad != null) {
            cipher.updateAAD(aad);
        }
        return new String(cipher.doFinal(all, IV_BYTES, all.length - IV_BYTES), StandardCharsets.UTF_8);
    }

    private static byte[] aad(String keyId) {
        return ("bobine-personal-data:" + keyId).getBytes(StandardCharsets.UTF_8);
    }

    private static String hmac(SecretKeySpec key, String purpose, String value) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key.getEncoded(), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal((purpose + ":" + value).getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private KeyRing requireRing() {
        if (ring == null) {
            throw new ProblemException(503, "personal-data-key-missing", "Personal data key not configured",
                    "set BOBINE_PERSONAL_DATA_KEYS (<id>:<32 bytes in base64>) to store or read personal data", null);
        }
        return ring;
    }
}
