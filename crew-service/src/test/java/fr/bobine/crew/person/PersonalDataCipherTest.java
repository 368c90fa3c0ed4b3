package fr.bobine.crew.person;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Base64;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import fr.bobine.platform.problem.ProblemException;

class PersonalDataCipherTest {

    static final String KEY = Base64.getEncoder().encodeToString(new byte[32]);

    @Test
    void sameValueEncryptsDifferentlyAndDecryptsBack() {
        PersonalDataCipher cipher = new PersonalDataCipher(Optional.of(KEY));
        String a = cipher.encrypt("295109912611193");
        String b = cipher.encrypt("295109912611193");
        assertNotEquals(a, b, "a fresh IV per value");
        assertFalse(a.contains("2951099"));
        assertEquals("295109912611193", cipher.decrypt(a));
        assertEquals(cipher.fingerprint("295109912611193"), cipher.fingerprint("295109912611193"));
    }

    @Test
    void tamperedCiphertextIsRefused() {
        PersonalDataCipher cipher = new PersonalDataCipher(Optional.of(KEY));
        byte[] sealed = Base64.getDecoder().decode(cipher.encrypt("FR7630006000011234567890189"));
        sealed[sealed.length - 1] ^= 1;
        assertThrows(IllegalStateException.class, () -> cipher.decrypt(Base64.getEncoder().encodeToString(sealed)));
    }

    @Test
    void withoutKeyPersonalDataIsRefusedWith503() {
        PersonalDataCipher cipher = new PersonalDataCipher(Optional.empty());
        assertEquals(503, assertThrows(ProblemException.class, () -> cipher.encrypt("x")).problem().status());
    }
}
