package fr.bobine.crew.person;

import static fr.bobine.crew.CrewFixtures.AUDITOR;
import static fr.bobine.crew.CrewFixtures.PAYROLL;
import static fr.bobine.crew.CrewFixtures.PRODUCER;
import static fr.bobine.crew.CrewFixtures.count;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import fr.bobine.platform.crypto.PersonalDataCipher;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/**
 * Issue 17: a rotation of the personal-data key while the service answers. People are registered and put back under
 * key 1 (as the deployment before the rotation left them); then, while four clients keep reading people, registering
 * new ones and replacing some (address changed), a rotation to key 2 runs. No request fails, everyone reads back as last
 * written, and at the end every value and NIR fingerprint is under key 2.
 * <p>
 * Why it holds (platform {@code KeyRotation}, {@code PersonalDataCipher}): every value carries the id of its key
 * ({@code "1:..."}) and a reader decrypts with the key that id names, so a row under either key reads during the
 * rotation; new values are written under the active key and never selected by the rotation; the rotation re-encrypts
 * 100 rows a transaction with {@code FOR UPDATE SKIP LOCKED}, so a writer of the same row waits for one short batch or
 * is skipped and its own value, already under key 2, is left alone; it does not bump the entity's version, so a
 * client's If-Match taken before the batch still matches.
 */
@QuarkusTest
class KeyRotationUnderLoadTest {

    static final int PEOPLE = 360;
    static final int CLIENTS = 4;
    static final String IBAN = "FR7630006000011234567890189";

    @Inject
    DataSource dataSource;

    @Inject
    PersonalDataCipher cipher;

    /** A NIR prefix of this run (man, a random year and month, born abroad), so that its NIRs never meet another test's. */
    final String prefix = "1%02d%02d99%03d".formatted(ThreadLocalRandom.current().nextInt(100), 1 + ThreadLocalRandom.current().nextInt(12),
            100 + ThreadLocalRandom.current().nextInt(900));
    final AtomicInteger order = new AtomicInteger();

    String nextNir() {
        String first13 = prefix + "%03d".formatted(order.incrementAndGet());
        return first13 + "%02d".formatted(97 - Long.parseLong(first13) % 97);
    }

    static String json(String lastName, String nir, String town) {
        return """
                {"lastName": "%s", "firstNames": "Yann", "sex": "MALE", "kind": "TECHNICIAN", "nir": "%s",
                 "birthDate": "1990-05-04", "birthPlace": "Morlaix", "birthDepartement": "29",
                 "address": {"street": "3 quai de Léon", "postcode": "29600", "town": "%s", "country": "FR"},
                 "iban": "%s", "congesSpectaclesNumber": "C7654321", "medicalVisitDate": "2026-09-01"}
                """.formatted(lastName, nir, town, IBAN);
    }

    record Someone(String id, String nir) {
    }

    @Test
    void requestsDuringARotationAllSucceedAndEveryoneEndsUnderTheNewKey() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        try {
            List<Future<Someone>> registering = new ArrayList<>();
            for (int i = 0; i < PEOPLE; i++) {
                String nir = nextNir();
                String name = "Rotation-charge-" + i;
                registering.add(pool.submit(() -> new Someone(given().auth().oauth2(PAYROLL).contentType(ContentType.JSON)
                        .body(json(name, nir, "Morlaix")).post("/people").then().statusCode(201).extract().path("id"), nir)));
            }
            List<Someone> people = new ArrayList<>();
            for (Future<Someone> f : registering) {
                people.add(f.get(120, TimeUnit.SECONDS));
            }
            // as the previous deployment left them: personal data and NIR fingerprint under key 1
            PersonalDataCipher previous = new PersonalDataCipher(Optional.of("1:" + PersonalDataKeyRotationTest.KEY_1));
            try (Connection c = dataSource.getConnection();
                    var update = c.prepareStatement("update person set personal_data = ?, nir_fingerprint = ? where id = cast(? as uuid)")) {
                for (Someone p : people) {
                    update.setString(1, previous.encrypt(cipher.decrypt(PersonalDataKeyRotationTest.stored(c, p.id()))));
                    update.setString(2, previous.fingerprint(PersonService.NIR, p.nir()));
                    update.setString(3, p.id());
                    update.addBatch();
                }
                update.executeBatch();
            }
            assertTrue(count(dataSource, "select count(*) from person where personal_data like '1:%'") >= PEOPLE);

            // four clients: read anyone, register someone new every third request, replace one of their own every fifth
            Map<String, String> towns = new ConcurrentHashMap<>();
            List<Someone> registered = new CopyOnWriteArrayList<>();
            List<String> failures = Collections.synchronizedList(new ArrayList<>());
            AtomicInteger requests = new AtomicInteger();
            // When each client's round of requests began and ended, and when the rotation was asked for and seen done
            // (System.nanoTime()): a round overlaps the rotation when it began before its end and ended after its start.
            List<long[]> rounds = new CopyOnWriteArrayList<>();
            long[] rotationWindow = new long[2];
            AtomicBoolean stop = new AtomicBoolean();
            List<Future<?>> clients = new ArrayList<>();
            for (int k = 0; k < CLIENTS; k++) {
                int client = k;
                List<Someone> own = people.subList(client * PEOPLE / CLIENTS, (client + 1) * PEOPLE / CLIENTS);
                clients.add(pool.submit(() -> {
                    int n = 0;
                    while (!stop.get()) {
                        n++;
                        long began = System.nanoTime();
                        Someone anyone = people.get(ThreadLocalRandom.current().nextInt(people.size()));
                        Response read = given().auth().oauth2(PAYROLL).get("/people/{id}", anyone.id());
                        check(failures, "GET " + anyone.id(), read, 200);
                        if (read.statusCode() == 200 && (!anyone.nir().equals(read.path("nir")) || !IBAN.equals(read.path("iban")))) {
                            failures.add("GET " + anyone.id() + " read " + read.path("nir") + " / " + read.path("iban"));
                        }
                        if (n % 3 == 0) {
                            String nir = nextNir();
                            Response created = given().auth().oauth2(PAYROLL).contentType(ContentType.JSON)
                                    .body(json("Rotation-nouveau-" + client + "-" + n, nir, "Roscoff")).post("/people");
                            if (check(failures, "POST /people", created, 201)) {
                                registered.add(new Someone(created.path("id"), nir));
                            }
                        }
                        if (n % 5 == 0) {
                            Someone mine = own.get(ThreadLocalRandom.current().nextInt(own.size()));
                            Response current = given().auth().oauth2(PAYROLL).get("/people/{id}", mine.id());
                            String town = "Landerneau-" + client + "-" + n;
                            Response replaced = given().auth().oauth2(PAYROLL).contentType(ContentType.JSON)
                                    .header("If-Match", current.header("ETag")).body(json("Rotation-charge-modifié", mine.nir(), town))
                                    .put("/people/{id}", mine.id());
                            if (check(failures, "PUT " + mine.id(), replaced, 200)) {
                                towns.put(mine.id(), town);
                            }
                        }
                        requests.incrementAndGet();
                        rounds.add(new long[] { began, System.nanoTime() });
                    }
                    return null;
                }));
            }

            Thread.sleep(500);
            rotationWindow[0] = System.nanoTime();
            String rotation = given().auth().oauth2(PRODUCER).post("/admin/personal-data-keys/rotations").then().statusCode(201)
                    .body("targetKeyId", equalTo("2")).extract().path("id");
            String status;
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
            do {
                Thread.sleep(100);
                status = given().auth().oauth2(AUDITOR).get("/admin/personal-data-keys/rotations/{id}", rotation).then()
                        .statusCode(200).extract().path("status");
            } while ("RUNNING".equals(status) && System.nanoTime() < deadline);
            rotationWindow[1] = System.nanoTime();
            Thread.sleep(500);
            stop.set(true);
            for (Future<?> f : clients) {
                f.get(60, TimeUnit.SECONDS);
            }

            assertEquals(List.of(), failures, "no request failed during the rotation");
            assertEquals("DONE", status);
            // Each client always has a round in flight, so however short the rotation, each overlaps it at least once.
            long duringRotation = rounds.stream().filter(r -> r[0] < rotationWindow[1] && r[1] > rotationWindow[0]).count();
            assertTrue(duringRotation >= CLIENTS, "clients' requests ran while the rotation ran: " + duringRotation);
            assertTrue(registered.size() > 0 && !towns.isEmpty(), "people were registered and replaced during the rotation");
            given().auth().oauth2(AUDITOR).get("/admin/personal-data-keys/rotations/{id}", rotation).then().statusCode(200)
                    .body("remaining", equalTo(0));

            // everyone reads back as last written
            List<Someone> everyone = new ArrayList<>(people);
            everyone.addAll(registered);
            for (Someone p : everyone) {
                given().auth().oauth2(PAYROLL).get("/people/{id}", p.id()).then().statusCode(200)
                        .body("nir", equalTo(p.nir()))
                        .body("iban", equalTo(IBAN))
                        .body("address.town", equalTo(towns.getOrDefault(p.id(), registered.contains(p) ? "Roscoff" : "Morlaix")));
            }
            // and every value, and every NIR fingerprint, is key 2's
            assertEquals(0, count(dataSource, "select count(*) from person where personal_data not like '2:%'"));
            try (Connection c = dataSource.getConnection();
                    var select = c.prepareStatement("select nir_fingerprint from person where id = cast(? as uuid)")) {
                for (Someone p : everyone) {
                    assertTrue(PersonalDataKeyRotationTest.stored(c, p.id()).startsWith("2:"));
                    select.setString(1, p.id());
                    try (var rs = select.executeQuery()) {
                        rs.next();
                        assertEquals(cipher.fingerprint(PersonService.NIR, p.nir()), rs.getString(1), "fingerprint of " + p.id());
                    }
                }
            }
            given().auth().oauth2(PRODUCER).get("/admin/personal-data-keys").then().statusCode(200)
                    .body("keys.find { it.keyId == '1' }.values", equalTo(0));
        } finally {
            pool.shutdownNow();
        }
    }

    /** Records the request as failed unless it answered {@code expected}; says whether it did. */
    private static boolean check(List<String> failures, String what, Response response, int expected) {
        if (response.statusCode() != expected) {
            failures.add(what + " answered " + response.statusCode() + ": " + response.asString());
            return false;
        }
        return true;
    }
}
