package fr.bobine.crew.person;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import fr.bobine.platform.problem.ProblemException;

/**
 * AES-256-GCM for personal data at rest: a fresh 96-bit IV per value, stored as base64(IV || ciphertext || tag). The
 * key comes from configuration (a secret in production); without one the service starts but refuses personal data.
 */
@ApplicationScoped
public class PersonalDataCipher {

    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final SecureRandom random = new SecureRandom();
    private final SecretKeySpec key;

    public PersonalDataCipher(@ConfigProperty(name = "bobine.crew.personal-data-key") Optional<String> base64Key) {
        this.key = base64Key.map(k -> new SecretKeySpec(Base64.getDecoder().decode(k.trim()), "AES")).orElse(null);
        if (key != null && key.getEncoded().length != 32) {
            throw new IllegalStateException("bobine.crew.personal-data-key must be 32 bytes in base64");
        }
    }

    public String encrypt(String plaintext) {
        try {
            byte[] iv = new byte[IV_BYTES];
            random.nextBytes(iv);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, requireKey(), new GCMParameterSpec(TAG_BITS, iv));
            byte[] sealed = cipher.doFinal(plaintext.getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(ByteBuffer.allocate(iv.length + sealed.length).put(iv).put(sealed).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("personal data cannot be encrypted", e);
        }
    }

    public String decrypt(String stored) {
        try {
            byte[] all = Base64.getDecoder().decode(stored);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, requireKey(), new GCMParameterSpec(TAG_BITS, all, 0, IV_BYTES));
            return new String(cipher.doFinal(all, IV_BYTES, all.length - IV_BYTES), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("personal data cannot be decrypted with the configured key", e);
        }
    }

    /** A keyed fingerprint (HMAC-SHA256) to find equal values without storing them in clear. */
    public String fingerprint(String value) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(requireKey().getEncoded(), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(("nir:" + value).getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private SecretKeySpec requireKey() {
        if (key == null) {
            throw new ProblemException(503, "personal-data-key-missing", "Personal data key not configured",
                    "set BOBINE_CREW_PERSONAL_DATA_KEY (32 bytes, base64) to store or read personal data", null);
        }
        return key;
    }
}
