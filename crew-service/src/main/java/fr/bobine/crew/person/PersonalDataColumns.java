package fr.bobine.crew.person;

import java.util.HashMap;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import fr.bobine.platform.crypto.EncryptedColumn;
import fr.bobine.platform.crypto.PersonalDataCipher;

/**
 * What crew-service keeps encrypted, for a key rotation to re-encrypt: a person's personal data (whose NIR
 * fingerprint is recomputed under the new key) and the DPAE as transmitted to URSSAF (it carries the NIR).
 */
@ApplicationScoped
public class PersonalDataColumns {

    @Inject
    ObjectMapper mapper;

    @Produces
    @ApplicationScoped
    EncryptedColumn personalData() {
        return new EncryptedColumn() {
            @Override
            public String table() {
                return "person";
            }

            @Override
            public String column() {
                return "personal_data";
            }

            @Override
            public Map<String, String> derived(String plaintext, PersonalDataCipher cipher) {
                String nir;
                try {
                    nir = mapper.readValue(plaintext, PersonalData.class).nir();
                } catch (JsonProcessingException e) {
                    throw new IllegalStateException("personal data cannot be read");
                }
                Map<String, String> derived = new HashMap<>();
                derived.put("nir_fingerprint", nir == null ? null : cipher.fingerprint(PersonService.NIR, nir));
                return derived;
            }
        };
    }

    @Produces
    @ApplicationScoped
    EncryptedColumn transmittedDpae() {
        return new EncryptedColumn() {
            @Override
            public String table() {
                return "dpae_transmission";
            }

            @Override
            public String column() {
                return "request_body";
            }
        };
    }
}
