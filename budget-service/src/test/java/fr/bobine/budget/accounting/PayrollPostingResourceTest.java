package fr.bobine.budget.accounting;

import static fr.bobine.budget.devis.BudgetApi.AUDITOR;
import static fr.bobine.budget.devis.BudgetApi.MANAGER;
import static fr.bobine.budget.devis.BudgetApi.PRODUCER;
import static fr.bobine.budget.devis.BudgetApi.as;
import static fr.bobine.budget.devis.BudgetApi.line;
import static fr.bobine.budget.devis.BudgetApi.linesPath;
import static fr.bobine.budget.devis.BudgetApi.versionPath;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import fr.bobine.budget.devis.BudgetApi;
import fr.bobine.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** The monthly payroll entry (OD de paie) from the labour costs booked from crew: each cost posted once. */
@QuarkusTest
class PayrollPostingResourceTest {

    static final String ACCOUNTANT = TestTokens.forRoles("accountant");

    @Inject
    DataSource dataSource;

    /**
     * A CREW actual as the labour handlers book it. Written straight into cost_entry: this test is about posting, and
     * the way crew events become costs (gross, then employer charges) belongs to the labour feature and its own tests.
     */
    void crewActual(String production, String lineage, String amount, String bookedOn) throws SQLException {
        try (var c = dataSource.getConnection(); var insert = c.prepareStatement("""
                insert into cost_entry (id, production_id, lineage, kind, source, source_ref, amount, booked_on, label,
                                        created_at)
                values (?, ?, ?, 'ACTUAL', 'CREW', ?, ?, ?, 'relevé d''heures', now())""")) {
            insert.setObject(1, UUID.randomUUID());
            insert.setObject(2, UUID.fromString(production));
            insert.setObject(3, UUID.fromString(lineage));
            insert.setString(4, UUID.randomUUID().toString());
            insert.setBigDecimal(5, new BigDecimal(amount));
            insert.setObject(6, LocalDate.parse(bookedOn));
            insert.executeUpdate();
        }
    }

    @Test
    void postingAMonthTwiceBooksEachLabourCostOnceAndOnlyThatMonth() throws Exception {
        String production = BudgetApi.newProduction("Paie du Phare");
        String[] ids = BudgetApi.newCinemaBudget(production);
        String lineProducer = as(MANAGER).body(line("2301", "10", "1850.00", "EUR", null))
                .post(linesPath(), production, ids[0], ids[1]).then().statusCode(201).extract().path("lineage");
        String charges = as(MANAGER).body(line("42", "1", "9620.00", "EUR", null))
                .post(linesPath(), production, ids[0], ids[1]).then().statusCode(201).extract().path("lineage");
        as(PRODUCER).post(versionPath() + "/approval", production, ids[0], ids[1]).then().statusCode(200);

        // April: two weeks of 1 850.00 and their charges at 52 %, 962.00 each; one May week that April leaves alone
        crewActual(production, lineProducer, "1850.00", "2027-04-05");
        crewActual(production, charges, "962.00", "2027-04-05");
        crewActual(production, lineProducer, "1850.00", "2027-04-12");
        crewActual(production, charges, "962.00", "2027-04-12");
        crewActual(production, lineProducer, "1850.00", "2027-05-03");

        JsonPath april = as(ACCOUNTANT).body("{\"month\": \"2027-04\"}")
                .post("/productions/{p}/accounting/payroll-postings", production).then().statusCode(200)
                .body("costsPosted", equalTo(4)).body("costsAlreadyPosted", equalTo(0)).extract().jsonPath();
        assertEquals("PAIE000001", april.getString("entry.number"));
        assertEquals("PAIE", april.getString("entry.journalCode"));
        assertEquals("2027-04-30", april.getString("entry.entryDate"));
        assertEquals("2027-04", april.getString("entry.payrollMonth"));
        // debit 6411 (chapter 2 mapping) 1 850.00 x 2 = 3 700.00 on 2301, 645 (chapter 4) 962.00 x 2 = 1 924.00 on 42;
        // credit 421 gross 3 700.00 and 431 charges 1 924.00: 5 624.00 each side
        assertEquals(List.of("6411", "645", "421", "431"), april.getList("entry.lines.account"));
        assertEquals(List.of("2301", "42"), april.getList("entry.lines.analyticCode").subList(0, 2));
        assertEquals(List.of("3700.00", "1924.00", "0.00", "0.00"), april.getList("entry.lines.debit"));
        assertEquals(List.of("0.00", "0.00", "3700.00", "1924.00"), april.getList("entry.lines.credit"));

        // the same month again: nothing new, nothing booked
        as(ACCOUNTANT).body("{\"month\": \"2027-04\"}").post("/productions/{p}/accounting/payroll-postings", production)
                .then().statusCode(200).body("costsPosted", equalTo(0)).body("costsAlreadyPosted", equalTo(4))
                .body("entry", nullValue());

        // a late April week arrives; the gross account was changed meanwhile: only the new cost, on the new account
        as(ACCOUNTANT).body("{\"pcgAccount\": \"4210\", \"pcgLabel\": \"Salaires à payer\"}")
                .put("/payroll-accounts/{k}", "GROSS").then().statusCode(200).body("pcgAccount", equalTo("4210"));
        try {
            crewActual(production, lineProducer, "1420.50", "2027-04-26");
            as(ACCOUNTANT).body("{\"month\": \"2027-04\"}").post("/productions/{p}/accounting/payroll-postings", production)
                    .then().statusCode(200).body("costsPosted", equalTo(1)).body("costsAlreadyPosted", equalTo(4))
                    .body("entry.number", equalTo("PAIE000002")).body("entry.lines.account", equalTo(List.of("6411", "4210")))
                    .body("entry.lines[0].debit", equalTo("1420.50")).body("entry.lines[1].credit", equalTo("1420.50"));
        } finally {
            as(ACCOUNTANT).body("{\"pcgAccount\": \"421\", \"pcgLabel\": \"Personnel - rémunérations dues\"}")
                    .put("/payroll-accounts/{k}", "GROSS").then().statusCode(200);
        }
        as(AUDITOR).get("/payroll-accounts").then().statusCode(200)
                .body("items.find { it.kind == 'GROSS' }.pcgAccount", equalTo("421"))
                .body("items.find { it.kind == 'CHARGES' }.pcgAccount", equalTo("431"));

        // May on its own
        as(ACCOUNTANT).body("{\"month\": \"2027-05\"}").post("/productions/{p}/accounting/payroll-postings", production)
                .then().statusCode(200).body("costsPosted", equalTo(1)).body("entry.number", equalTo("PAIE000003"))
                .body("entry.lines[0].debit", equalTo("1850.00"));

        String today = LocalDate.now(ZoneOffset.UTC).toString();
        as(AUDITOR).get("/productions/{p}/accounting/journal-entries?from={f}&to={t}", production, today, today).then()
                .statusCode(200).body("items.number", equalTo(List.of("PAIE000001", "PAIE000002", "PAIE000003")));
    }

    @Test
    void aBadMonthOrAnotherRoleIsRefused() {
        String production = BudgetApi.newProduction("Paie refusée");
        as(ACCOUNTANT).body("{\"month\": \"2027-13\"}").post("/productions/{p}/accounting/payroll-postings", production)
                .then().statusCode(400).contentType("application/problem+json");
        as(MANAGER).body("{\"month\": \"2027-04\"}").post("/productions/{p}/accounting/payroll-postings", production)
                .then().statusCode(403);
        as(ACCOUNTANT).body("{\"month\": \"2027-04\"}")
                .post("/productions/{p}/accounting/payroll-postings", UUID.randomUUID().toString()).then().statusCode(404);
        as(ACCOUNTANT).body("{\"pcgAccount\": \"ABC\", \"pcgLabel\": \"x\"}").put("/payroll-accounts/{k}", "GROSS").then()
                .statusCode(400);
        as(MANAGER).body("{\"pcgAccount\": \"421\", \"pcgLabel\": \"x\"}").put("/payroll-accounts/{k}", "GROSS").then()
                .statusCode(403);
    }
}
