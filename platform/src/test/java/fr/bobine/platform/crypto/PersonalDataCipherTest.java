package fr.bobine.platform.crypto;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import org.junit.jupiter.api.Test;

import fr.bobine.platform.problem.ProblemException;

class PersonalDataCipherTest {

    static final byte[] K1 = new byte[32];
    static final byte[] K2 = new byte[32];

    static {
        K2[0] = 2;
    }

    static String b64(byte[] key) {
        return Base64.getEncoder().encodeToString(key);
    }

    static PersonalDataCipher cipher(String spec) {
        return new PersonalDataCipher(Optional.of(spec));
    }

    @Test
    void sameValueEncryptsDifferentlyUnderTheActiveKeyAndDecryptsBack() {
        PersonalDataCipher cipher = cipher("1:" + b64(K1));
        String a = cipher.encrypt("295109912611193");
        String b = cipher.encrypt("295109912611193");
        assertNotEquals(a, b, "a fresh IV per value");
        assertTrue(a.startsWith("1:"), "the key id comes first");
        assertFalse(a.contains("2951099"));
        assertEquals("295109912611193", cipher.decrypt(a));
        assertEquals(cipher.fingerprint("nir", "295109912611193"), cipher.fingerprint("nir", "295109912611193"));
    }

    @Test
    void afterARotationTheOldKeyStillReadsAndTheNewOneWrites() {
        String underK1 = cipher("1:" + b64(K1)).encrypt("FR7630006000011234567890189");
        PersonalDataCipher rotated = cipher("2:" + b64(K2) + ", 1:" + b64(K1));
        assertEquals("FR7630006000011234567890189", rotated.decrypt(underK1));
        assertFalse(rotated.isCurrent(underK1));
        String underK2 = rotated.encrypt("FR7630006000011234567890189");
        assertTrue(rotated.isCurrent(underK2));
        assertEquals("2", PersonalDataCipher.keyId(underK2));
        // the fingerprints under both keys find a value written before the rotation
        String before = cipher("1:" + b64(K1)).fingerprint("nir", "295109912611193");
        assertTrue(rotated.fingerprints("nir", "295109912611193").contains(before));
        assertNotEquals(before, rotated.fingerprint("nir", "295109912611193"));
        // once key 1 is removed, what it wrote can no longer be read
        assertThrows(IllegalStateException.class, () -> cipher("2:" + b64(K2)).decrypt(underK1));
    }

    /** Values written by crew-service before keys had ids: base64(IV || ciphertext || tag), no associated data. */
    @Test
    void aValueFromBeforeKeyIdsIsReadWithWhicheverKeyWroteIt() throws Exception {
        byte[] iv = new byte[12];
        Cipher legacy = Cipher.getInstance("AES/GCM/NoPadding");
        legacy.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(K1, "AES"), new GCMParameterSpec(128, iv));
        byte[] sealed = legacy.doFinal("295109912611193".getBytes(StandardCharsets.UTF_8));
        String stored = b64(ByteBuffer.allocate(12 + sealed.length).put(iv).put(sealed).array());
        PersonalDataCipher rotated = cipher("2:" + b64(K2) + ",1:" + b64(K1));
        assertEquals("295109912611193", rotated.decrypt(stored));
        assertFalse(rotated.isCurrent(stored));
        assertEquals(null, PersonalDataCipher.keyId(stored));
    }

    @Test
    void tamperedCiphertextOrARelabelledKeyIdIsRefused() {
        PersonalDataCipher cipher = cipher("2:" + b64(K2) + ",1:" + b64(K1));
        String stored = cipher.encrypt("FR7630006000011234567890189");
        byte[] sealed = Base64.getDecoder().decode(stored.substring(2));
        sealed[sealed.length - 1] ^= 1;
        assertThrows(IllegalStateException.class, () -> cipher.decrypt("2:" + b64(sealed)));
        // the key id is associated data: the same bytes labelled with another id do not open
        assertThrows(IllegalStateException.class, () -> cipher.decrypt("1:" + stored.substring(2)));
    }

    @Test
    void aMalformedKeyRingIsRefusedWithItsReason() {
        assertEquals("personal-data key 1 must be 32 bytes (AES-256), not 16",
                assertThrows(IllegalArgumentException.class, () -> KeyRing.parse("1:" + b64(new byte[16]))).getMessage());
        assertEquals("personal-data key id 1 is given twice",
                assertThrows(IllegalArgumentException.class, () -> KeyRing.parse("1:" + b64(K1) + ",1:" + b64(K2))).getMessage());
        assertThrows(IllegalArgumentException.class, () -> KeyRing.parse(b64(K1)));
        assertEquals("2", KeyRing.parse("2:" + b64(K2) + ",1:" + b64(K1)).orElseThrow().activeId());
        assertTrue(KeyRing.parse(" ").isEmpty());
    }

    @Test
    void withoutKeyPersonalDataIsRefusedWith503() {
        PersonalDataCipher cipher = new PersonalDataCipher(Optional.empty());
        assertEquals(503, assertThrows(ProblemException.class, () -> cipher.encrypt("x")).problem().status());
    }
}
