package fr.bobine.budget.supplier;

import static fr.bobine.budget.devis.BudgetApi.AUDITOR;
import static fr.bobine.budget.devis.BudgetApi.MANAGER;
import static fr.bobine.budget.devis.BudgetApi.as;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import fr.bobine.budget.Sirets;
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
                .body("items[0].siret", equalTo(siret)).body("items[0].iban", equalTo("FR76…0189"));
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
}
