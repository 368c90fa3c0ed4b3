package fr.bobine.platform.crypto;

import java.util.Map;

/**
 * A column of a service's table that holds values encrypted by {@link PersonalDataCipher}; a service declares each
 * as a CDI bean so that a key rotation re-encrypts it. Columns computed from the plaintext with the key (a keyed
 * fingerprint used to find duplicates) are recomputed in the same update by {@link #derived}.
 */
public interface EncryptedColumn {

    /** The table, e.g. {@code person}. */
    String table();

    /** Its primary-key column. */
    default String idColumn() {
        return "id";
    }

    /** The encrypted column, e.g. {@code personal_data}. */
    String column();

    /**
     * Whether the column may still hold values in clear from before it was encrypted (values without a key id): they
     * are encrypted in the background as soon as the service runs with a key, rotation or not.
     */
    default boolean mayHoldClearText() {
        return false;
    }

    /** Columns to set from the decrypted value under the active key, by column name (none by default). */
    default Map<String, String> derived(String plaintext, PersonalDataCipher cipher) {
        return Map.of();
    }
}
