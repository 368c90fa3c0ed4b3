package fr.bobine.crew.payroll;

import static fr.bobine.crew.CrewFixtures.PAYROLL;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import fr.bobine.crew.CrewFixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** The payroll inputs CSV as downloaded: written by CsvExport, read back by commons-csv, a formula kept as text. */
@QuarkusTest
class PayrollCsvResourceTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    /** The file without its byte-order mark, parsed as a spreadsheet would with ';'; every row as wide as the header. */
    static List<CSVRecord> parse(byte[] body) throws IOException {
        String text = new String(body, StandardCharsets.UTF_8);
        assertEquals('\uFEFF', text.charAt(0), "the file starts with the UTF-8 byte-order mark");
        List<CSVRecord> records = CSVFormat.Builder.create().setDelimiter(';').get().parse(new StringReader(text.substring(1)))
                .getRecords();
        for (CSVRecord r : records) {
            assertEquals(records.get(0).size(), r.size(), "row " + r.getRecordNumber() + " has as many cells as the header");
        }
        return records;
    }

    @Test
    void anAdjustmentReasonThatLooksLikeAFormulaOpensAsTextInBothLanguages() throws IOException {
        UUID production = CrewFixtures.production(bootstrap, "Formule");
        String contract = CrewFixtures.signedContract(production, CrewFixtures.person("Formule"), "1400.00");
        given().auth().oauth2(PAYROLL).post("/productions/{p}/payroll-periods/2027-04/closing", production).then().statusCode(200);
        given().auth().oauth2(PAYROLL).contentType(ContentType.JSON).body("""
                {"contractId": "%s", "itemCode": "HS25", "quantity": "-1.5", "amount": {"amount": "-11.25", "currency": "EUR"},
                 "reason": "=1+1"}""".formatted(contract))
                .post("/productions/{p}/payroll-periods/2027-04/adjustments", production).then().statusCode(201);

        byte[] fr = given().auth().oauth2(PAYROLL).get("/productions/{p}/payroll-periods/2027-04/inputs.csv", production).then()
                .statusCode(200).contentType(containsString("text/csv")).contentType(containsString("charset=UTF-8"))
                .header("Content-Disposition", equalTo("attachment; filename=\"payroll-inputs-2027-04.csv\""))
                .extract().asByteArray();
        List<CSVRecord> records = parse(fr);
        assertEquals(List.of("matricule", "date_debut_contrat", "code_rubrique", "quantite", "montant", "ajustement", "motif"),
                records.get(0).toList());
        assertEquals(2, records.size());
        // the contract of CrewFixtures starts on 1 March 2027; a negative amount is a number, not a formula
        assertEquals(List.of("01/03/2027", "HS25", "-1,5", "-11,25", "O", "'=1+1"), records.get(1).toList().subList(1, 7));

        byte[] en = given().auth().oauth2(PAYROLL).queryParam("lang", "en")
                .get("/productions/{p}/payroll-periods/2027-04/inputs.csv", production).then().statusCode(200).extract().asByteArray();
        records = parse(en);
        assertEquals("matricule", records.get(0).get(0), "the software's column codes, whatever the language");
        assertEquals(List.of("2027-03-01", "HS25", "-1.5", "-11.25", "O", "'=1+1"), records.get(1).toList().subList(1, 7));

        given().auth().oauth2(PAYROLL).queryParam("lang", "de").get("/productions/{p}/payroll-periods/2027-04/inputs.csv", production)
                .then().statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("lang"))
                .body("errors[0].reason", equalTo("must be fr or en"));
    }
}
