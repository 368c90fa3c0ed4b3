package fr.bobine.budget.supplier;

import static fr.bobine.budget.devis.BudgetApi.AUDITOR;
import static fr.bobine.budget.devis.BudgetApi.MANAGER;
import static fr.bobine.budget.devis.BudgetApi.as;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import fr.bobine.budget.Sirets;
import fr.bobine.budget.devis.BudgetApi;
import fr.bobine.testing.Eventually;
import fr.bobine.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The company's suppliers come in pages, by name, and are found by part of their name or by SIRET. The suppliers of
 * every test class share one database: each test names its own with a tag no other supplier has.
 */
@QuarkusTest
class SupplierResourceTest {

    static final String ACCOUNTANT = TestTokens.forRoles("accountant");

    static String tag() {
        return "Loueur " + UUID.randomUUID().toString().substring(0, 8);
    }

    static String create(String name, String siret) {
        return as(ACCOUNTANT).body("""
                {"name": "%s", "siret": "%s", "iban": "FR7630006000011234567890189"}""".formatted(name, siret))
                .post("/suppliers").then().statusCode(201).extract().path("id");
    }

    @Test
    void threeSuppliersFoundByPartOfTheirNameComeTwoAPageByName() {
        String tag = tag();
        // created out of order: the pages are by name
        String c = create(tag + " Caméras", Sirets.next());
        String a = create(tag + " Algeco", Sirets.next());
        String b = create(tag + " Barnums", Sirets.next());
        // any case, any part of the name
        String part = tag.substring("Loueur ".length()).toUpperCase();

        as(AUDITOR).queryParam("name", part).queryParam("size", 2).get("/suppliers").then().statusCode(200)
                .body("items.id", equalTo(List.of(a, b)))
                .body("page", equalTo(0)).body("size", equalTo(2))
                .body("totalItems", equalTo(3)).body("totalPages", equalTo(2)).body("nextPage", equalTo(1));
        as(AUDITOR).queryParam("name", part).queryParam("size", 2).queryParam("page", 1).get("/suppliers").then()
                .statusCode(200)
                .body("items.id", equalTo(List.of(c)))
                .body("page", equalTo(1)).body("totalItems", equalTo(3)).body("nextPage", nullValue());
        // past the end: no items, the same count
        as(AUDITOR).queryParam("name", part).queryParam("size", 2).queryParam("page", 2).get("/suppliers").then()
                .statusCode(200)
                .body("items", empty()).body("totalItems", equalTo(3)).body("nextPage", nullValue());
        // without page and size: the first page of 20
        as(AUDITOR).queryParam("name", tag + " Algeco").get("/suppliers").then().statusCode(200)
                .body("items.id", equalTo(List.of(a))).body("page", equalTo(0)).body("size", equalTo(20))
                .body("totalItems", equalTo(1)).body("totalPages", equalTo(1)).body("nextPage", nullValue());
        // sort: by a documented field, descending with a minus, the newest first by creation; anything else is a 400
        as(AUDITOR).queryParam("name", part).queryParam("sort", "-name").get("/suppliers").then().statusCode(200)
                .body("items.id", equalTo(List.of(c, b, a)));
        as(AUDITOR).queryParam("name", part).queryParam("sort", "-createdAt").get("/suppliers").then().statusCode(200)
                .body("items.id", equalTo(List.of(b, a, c)));
        as(AUDITOR).queryParam("name", part).queryParam("sort", "iban").get("/suppliers").then().statusCode(400)
                .body("errors[0].field", equalTo("sort"));
    }

    @Test
    void percentAndUnderscoreInTheNameFilterAreLettersNotWildcards() {
        String tag = tag();
        String full = create(tag + " 100% Lumière", Sirets.next());
        create(tag + " 1000 Lumières", Sirets.next());
        as(AUDITOR).queryParam("name", tag + " 100%").get("/suppliers").then().statusCode(200)
                .body("items.id", equalTo(List.of(full))).body("totalItems", equalTo(1));
        // unescaped, "_" would match any letter and "%" anything: both suppliers
        as(AUDITOR).queryParam("name", tag + " 100_").get("/suppliers").then().statusCode(200)
                .body("items", empty()).body("totalItems", equalTo(0));
        as(AUDITOR).queryParam("name", tag + "%").get("/suppliers").then().statusCode(200)
                .body("totalItems", equalTo(0));
    }

    @Test
    void aSupplierIsFoundByItsSiretTypedWithSpacesAndItsIbanMaskedButForTheAccountant() {
        String siret = Sirets.next();
        String id = create(tag() + " Groupes Électrogènes", siret);
        // 391 244 780 00014 as printed on an invoice, and with a no-break space as pasted from a PDF
        String spaced = siret.substring(0, 3) + " " + siret.substring(3, 6) + " " + siret.substring(6, 9) + "\u00A0"
                + siret.substring(9);
        as(MANAGER).queryParam("siret", spaced).get("/suppliers").then().statusCode(200)
                .body("items.id", equalTo(List.of(id))).body("totalItems", equalTo(1))
                .body("items[0].siret", equalTo(siret)).body("items[0].iban", equalTo("FR76 **** 0189"));
        as(ACCOUNTANT).queryParam("siret", siret).get("/suppliers").then().statusCode(200)
                .body("items.id", equalTo(List.of(id))).body("items[0].iban", equalTo("FR7630006000011234567890189"));
        // a SIRET nobody has: an empty page, not a 404
        String unknown = siret.startsWith("9") ? "1" + siret.substring(1) : "9" + siret.substring(1);
        as(AUDITOR).queryParam("siret", unknown).get("/suppliers").then().statusCode(200)
                .body("items", empty()).body("totalItems", equalTo(0)).body("totalPages", equalTo(0));
    }

    @Test
    void aSiretTypedWithSpacesIsStoredAsItsFourteenDigitsAndTheSameOneAgainIs409() {
        String siret = Sirets.next();
        String spaced = siret.substring(0, 3) + " " + siret.substring(3, 6) + "\u00A0" + siret.substring(6, 9) + " "
                + siret.substring(9);
        String id = create(tag() + " Transports du Quai", spaced);
        as(AUDITOR).get("/suppliers/{id}", id).then().statusCode(200).body("siret", equalTo(siret));
        as(ACCOUNTANT).body("""
                {"name": "Autre nom", "siret": "%s"}""".formatted(siret)).post("/suppliers").then().statusCode(409)
                .contentType("application/problem+json");
    }

    @Test
    void aPageOfNothingMoreThanTwoHundredOrBeforeTheFirstIsABadRequestNamingTheParameter() {
        as(AUDITOR).queryParam("size", 0).get("/suppliers").then().statusCode(400)
                .contentType(startsWith("application/problem+json")).body("status", equalTo(400))
                .body("errors[0].field", equalTo("size"));
        as(AUDITOR).queryParam("size", 201).get("/suppliers").then().statusCode(400)
                .contentType(startsWith("application/problem+json")).body("errors[0].field", equalTo("size"));
        as(AUDITOR).queryParam("page", -1).get("/suppliers").then().statusCode(400)
                .contentType(startsWith("application/problem+json")).body("errors[0].field", equalTo("page"));
        as(AUDITOR).queryParam("size", 200).get("/suppliers").then().statusCode(200).body("size", equalTo(200));
    }

    @Inject
    DataSource dataSource;

    /** Every row of every table of the database as text, like a data dump would show it. */
    static String dump(DataSource dataSource) throws SQLException {
        StringBuilder all = new StringBuilder();
        try (Connection c = dataSource.getConnection(); ResultSet tables = c.getMetaData().getTables(null, "public", "%",
                new String[] { "TABLE" })) {
            List<String> names = new java.util.ArrayList<>();
            while (tables.next()) {
                names.add(tables.getString("TABLE_NAME"));
            }
            for (String table : names) {
                try (var select = c.createStatement(); ResultSet rows = select.executeQuery("select t::text from " + table + " t")) {
                    while (rows.next()) {
                        all.append(rows.getString(1)).append('\n');
                    }
                }
            }
        }
        return all.toString();
    }

    @Test
    void aSupplierIbanIsNowhereInClearInTheDatabase() throws SQLException {
        String id = create(tag() + " Banque du Quai", Sirets.next());
        as(ACCOUNTANT).get("/suppliers/{id}", id).then().statusCode(200).body("iban", equalTo("FR7630006000011234567890189"));
        String dump = dump(dataSource);
        assertFalse(dump.contains("FR7630006000011234567890189"), "the IBAN is in clear in the database");
        assertFalse(dump.contains("30006000011234567890189"), "the account number is in clear in the database");
        assertTrue(storedIban(UUID.fromString(id)).startsWith("2:"), "encrypted under the active key 2");
    }

    String storedIban(UUID id) {
        try (Connection c = dataSource.getConnection(); var select = c.prepareStatement("select iban from supplier where id = ?")) {
            select.setObject(1, id);
            try (ResultSet rs = select.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void anIbanWithAWrongKeyOrLengthIsRefusedAndNothingIsStored() throws SQLException {
        long suppliers = BudgetApi.count(dataSource, "supplier");
        // FR76 … 0189 with its last digit changed: 30006000011234567890188152776 mod 97 = 0, not 1
        as(ACCOUNTANT).body("""
                {"name": "%s", "siret": "%s", "iban": "FR7630006000011234567890188"}""".formatted(tag(), Sirets.next()))
                .post("/suppliers").then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("iban"))
                .body("errors[0].reason", equalTo("check digits do not match the account number"));
        // a German IBAN one digit short: DE has 22 characters
        as(ACCOUNTANT).body("""
                {"name": "%s", "siret": "%s", "iban": "DE8937040044053201300"}""".formatted(tag(), Sirets.next()))
                .post("/suppliers").then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("iban"))
                .body("errors[0].reason", equalTo("an IBAN of DE has 22 characters"));
        assertEquals(suppliers, BudgetApi.count(dataSource, "supplier"));
        // typed with spaces and in small letters, as printed on a RIB: stored as the IBAN
        String id = as(ACCOUNTANT).body("""
                {"name": "%s", "siret": "%s", "iban": "de89 3704 0044 0532 0130 00"}""".formatted(tag(), Sirets.next()))
                .post("/suppliers").then().statusCode(201).extract().path("id");
        as(ACCOUNTANT).get("/suppliers/{id}", id).then().body("iban", equalTo("DE89370400440532013000"));
        as(MANAGER).get("/suppliers/{id}", id).then().body("iban", equalTo("DE89 **** 3000"));
    }

    @Test
    void anIbanRecordedInClearBeforeEncryptionIsEncryptedInTheBackground() throws SQLException {
        UUID id = UUID.randomUUID();
        try (Connection c = dataSource.getConnection(); var insert = c.prepareStatement(
                "insert into supplier (id, name, siret, iban, created_at) values (?, ?, ?, 'GB82WEST12345698765432', now())")) {
            insert.setObject(1, id);
            insert.setString(2, tag() + " Ancien");
            insert.setString(3, Sirets.next());
            insert.executeUpdate();
        }
        // readable meanwhile, and sealed within seconds
        as(ACCOUNTANT).get("/suppliers/{id}", id).then().statusCode(200).body("iban", equalTo("GB82WEST12345698765432"));
        Eventually.within(Duration.ofSeconds(30), () -> assertTrue(storedIban(id).startsWith("2:"), "still in clear"));
        as(ACCOUNTANT).get("/suppliers/{id}", id).then().statusCode(200).body("iban", equalTo("GB82WEST12345698765432"));
    }
}
