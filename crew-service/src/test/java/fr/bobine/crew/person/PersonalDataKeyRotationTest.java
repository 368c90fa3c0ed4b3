package fr.bobine.crew.person;

import static fr.bobine.crew.CrewFixtures.AUDITOR;
import static fr.bobine.crew.CrewFixtures.PAYROLL;
import static fr.bobine.crew.CrewFixtures.PRODUCER;
import static fr.bobine.crew.CrewFixtures.count;
import static fr.bobine.crew.CrewFixtures.personJson;
import static fr.bobine.crew.CrewFixtures.randomNir;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import fr.bobine.platform.crypto.PersonalDataCipher;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * Rotating the personal-data key while the service answers (issue 17 item 7). The test profile runs as after an
 * operator put key 2 first and kept key 1 (application.properties); the people below are made to look as the previous
 * deployment left them: their personal data under key 1, one of them from before keys had ids.
 */
@QuarkusTest
class PersonalDataKeyRotationTest {

    static final String KEY_1 = "kGNiEbrGquLPfkr/5Vdv/gzCOioEMhotaGhmghJlxJw=";

    @Inject
    DataSource dataSource;

    @Inject
    PersonalDataCipher cipher;

    record Registered(String id, String nir) {
    }

    @Test
    void aRotationReEncryptsEveryoneUnderTheNewKeyWhileReadsGoOn() throws Exception {
        PersonalDataCipher previous = new PersonalDataCipher(Optional.of("1:" + KEY_1));
        List<Registered> people = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            String nir = randomNir();
            String id = given().auth().oauth2(PAYROLL).contentType(ContentType.JSON)
                    .body(personJson("Rotation" + i, nir, "FR76 3000 6000 0112 3456 7890 189")).post("/people").then()
                    .statusCode(201).extract().path("id");
            people.add(new Registered(id, nir));
        }
        try (Connection c = dataSource.getConnection()) {
            for (int i = 0; i < people.size(); i++) {
                Registered p = people.get(i);
                String plaintext = cipher.decrypt(stored(c, p.id()));
                // the first one was written before keys had ids: base64(IV || ciphertext || tag) under key 1
                String old = i == 0 ? legacy(plaintext) : previous.encrypt(plaintext);
                try (var update = c.prepareStatement(
                        "update person set personal_data = ?, nir_fingerprint = ? where id = cast(? as uuid)")) {
                    update.setString(1, old);
                    update.setString(2, previous.fingerprint(PersonService.NIR, p.nir()));
                    update.setString(3, p.id());
                    update.executeUpdate();
                }
            }
        }
        given().auth().oauth2(PRODUCER).get("/admin/personal-data-keys").then().statusCode(200)
                .body("activeKeyId", equalTo("2"))
                .body("keys.find { it.keyId == 'legacy' }.values", org.hamcrest.Matchers.greaterThanOrEqualTo(1))
                .body("keys.find { it.keyId == '1' }.values", org.hamcrest.Matchers.greaterThanOrEqualTo(4));
        // while key 1 still holds them, the same NIR is still found: 409
        given().auth().oauth2(PAYROLL).contentType(ContentType.JSON).body(personJson("Doublon", people.get(1).nir(), null))
                .post("/people").then().statusCode(409);

        given().auth().oauth2(AUDITOR).post("/admin/personal-data-keys/rotations").then().statusCode(403);
        String rotation;
        // A writer holds one of them, so the rotation (which skips locked rows) cannot end before the second request,
        // however soon its scheduler runs.
        try (Connection writer = dataSource.getConnection()) {
            writer.setAutoCommit(false);
            try (var lock = writer.prepareStatement("select id from person where id = cast(? as uuid) for update")) {
                lock.setString(1, people.get(0).id());
                lock.executeQuery().close();
            }
            rotation = given().auth().oauth2(PRODUCER).post("/admin/personal-data-keys/rotations").then().statusCode(201)
                    .header("Location", org.hamcrest.Matchers.containsString("/admin/personal-data-keys/rotations/"))
                    .body("targetKeyId", equalTo("2")).extract().path("id");
            // a second one while the first runs is a conflict
            given().auth().oauth2(PRODUCER).post("/admin/personal-data-keys/rotations").then().statusCode(409);
            writer.commit();
        }

        // the service answers throughout: every read during the rotation gives the person's data in full
        AtomicInteger reads = new AtomicInteger();
        long deadline = System.nanoTime() + 60_000_000_000L;
        String status;
        do {
            for (Registered p : people) {
                given().auth().oauth2(PAYROLL).get("/people/{id}", p.id()).then().statusCode(200).body("nir", equalTo(p.nir()))
                        .body("iban", equalTo("FR7630006000011234567890189"));
                reads.incrementAndGet();
            }
            status = given().auth().oauth2(AUDITOR).get("/admin/personal-data-keys/rotations/{id}", rotation).then()
                    .statusCode(200).extract().path("status");
        } while ("RUNNING".equals(status) && System.nanoTime() < deadline);
        assertEquals("DONE", status);
        assertTrue(reads.get() >= people.size());
        given().auth().oauth2(AUDITOR).get("/admin/personal-data-keys/rotations/{id}", rotation).then()
                .body("remaining", equalTo(0)).body("reEncrypted", org.hamcrest.Matchers.greaterThanOrEqualTo(5));

        // nothing is left under key 1 or from before key ids, and the fingerprints are key 2's
        assertEquals(0, count(dataSource, "select count(*) from person where personal_data not like '2:%'"));
        try (Connection c = dataSource.getConnection()) {
            for (Registered p : people) {
                assertTrue(stored(c, p.id()).startsWith("2:"));
                assertEquals(1, count(dataSource, "select count(*) from person where id = cast(? as uuid) and nir_fingerprint = ?",
                        p.id(), cipher.fingerprint(PersonService.NIR, p.nir())));
            }
        }
        given().auth().oauth2(PRODUCER).get("/admin/personal-data-keys").then().statusCode(200)
                .body("keys.find { it.keyId == '1' }.values", equalTo(0));
        given().auth().oauth2(PAYROLL).contentType(ContentType.JSON).body(personJson("Doublon", people.get(2).nir(), null))
                .post("/people").then().statusCode(409);
    }

    static String stored(Connection c, String id) throws SQLException {
        try (var select = c.prepareStatement("select personal_data from person where id = cast(? as uuid)")) {
            select.setString(1, id);
            try (var rs = select.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        }
    }

    static String legacy(String plaintext) throws Exception {
        byte[] iv = new byte[12];
        new java.security.SecureRandom().nextBytes(iv);
        Cipher gcm = Cipher.getInstance("AES/GCM/NoPadding");
        gcm.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(Base64.getDecoder().decode(KEY_1), "AES"), new GCMParameterSpec(128, iv));
        byte[] sealed = gcm.doFinal(plaintext.getBytes(StandardCharsets.UTF_8));
        return Base64.getEncoder().encodeToString(ByteBuffer.allocate(12 + sealed.length).put(iv).put(sealed).array());
    }
}
