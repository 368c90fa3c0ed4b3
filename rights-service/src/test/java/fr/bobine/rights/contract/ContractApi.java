package fr.bobine.rights.contract;

import static io.restassured.RestAssured.given;

import java.util.UUID;

import fr.bobine.testing.TestTokens;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/** What the works, contracts and chain-of-title tests share: a work, a contract body, its fees, its signature. */
public final class ContractApi {

    public static final String MANAGER = TestTokens.forRoles("rights-manager");
    public static final String ALL_MEDIA = "[\"THEATRICAL\",\"VIDEO\",\"TVOD\",\"PAY_TV\",\"SVOD\",\"FREE_TV\",\"AVOD\",\"NON_THEATRICAL\",\"AIRLINE\"]";

    public static final String NOVEL_FEES = """
            {"flatFees": [{"label": "À la signature", "amount": {"amount": "15000.00", "currency": "EUR"}, "trigger": "ON_SIGNATURE"},
                          {"label": "Premier jour de tournage", "amount": {"amount": "15000.00", "currency": "EUR"}, "trigger": "ON_START_OF_SHOOTING"}],
             "minimumGuarantee": {"amount": "10000.00", "currency": "EUR"}, "rnppRate": "0.025",
             "bonuses": [{"admissions": 500000, "amount": {"amount": "5000.00", "currency": "EUR"}}]}""";

    private ContractApi() {
    }

    public static String work(UUID production, String kind, String title, String holder, String adaptedFrom) {
        return given().auth().oauth2(MANAGER).contentType(ContentType.JSON).body("""
                {"kind": "%s", "title": "%s", "adaptedFrom": %s, "holders": [{"name": "%s", "kind": "PERSON", "roles": ["AUTHOR"],
                 "ipi": "00052219364", "society": "SACD", "agent": "Agence Adéquat"}]}"""
                .formatted(kind, title, adaptedFrom == null ? "null" : "\"" + adaptedFrom + "\"", holder))
                .post("/productions/{p}/works", production).then().statusCode(201).extract().path("id");
    }

    /** A NewRightsContract of one block over every media; an assignment is exclusive, a licence is not. */
    public static String body(String workId, String holder, String kind, String territories, String start, String end,
            String remuneration) {
        return """
                {"workId": "%s", "kind": "%s", "holderName": "%s", "blocks": [{"media": %s, "territories": %s, "languages": [],
                 "termStart": "%s", "termEnd": "%s", "exclusive": %s}], "remuneration": %s}"""
                .formatted(workId, kind, holder, ALL_MEDIA, territories, start, end, "ASSIGNMENT".equals(kind), remuneration);
    }

    public static Response contract(UUID production, String workId, String holder, String kind, String territories, String start,
            String end, String remuneration) {
        return given().auth().oauth2(MANAGER).contentType(ContentType.JSON)
                .body(body(workId, holder, kind, territories, start, end, remuneration))
                .post("/productions/{p}/rights-contracts", production);
    }

    public static String fee(String amount) {
        return """
                {"flatFees": [{"label": "Forfait", "amount": {"amount": "%s", "currency": "EUR"}, "trigger": "ON_SIGNATURE"}]}"""
                .formatted(amount);
    }

    public static String etag(UUID production, String contractId) {
        return given().auth().oauth2(MANAGER).get("/productions/{p}/rights-contracts/{c}", production, contractId).then()
                .statusCode(200).extract().header("ETag");
    }

    public static Response sign(UUID production, String contractId) {
        return given().auth().oauth2(MANAGER).contentType(ContentType.JSON).header("If-Match", etag(production, contractId))
                .body("{\"signedOn\": \"2026-09-15\", \"signedBy\": \"Camille Ferrand, productrice\"}")
                .post("/productions/{p}/rights-contracts/{c}/signature", production, contractId);
    }
}
