package fr.bobine.budget.rights;

import static fr.bobine.budget.devis.BudgetApi.AUDITOR;
import static fr.bobine.budget.devis.BudgetApi.MANAGER;
import static fr.bobine.budget.devis.BudgetApi.PRODUCER;
import static fr.bobine.budget.devis.BudgetApi.as;
import static fr.bobine.budget.devis.BudgetApi.line;
import static fr.bobine.budget.devis.BudgetApi.linesPath;
import static fr.bobine.budget.devis.BudgetApi.versionPath;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.ObjectNode;

import fr.bobine.budget.devis.BudgetApi;
import fr.bobine.testing.BobineStack;
import fr.bobine.testing.Eventually;
import fr.bobine.testing.TestEvents;
import io.quarkus.test.junit.QuarkusTest;

/** rights.contract.signed, through the real broker, into the cost report: its total due committed once on chapter 1. */
@QuarkusTest
class RightsFeeHandlerTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    static ObjectNode contractSigned(String productionId, UUID contractId, String lineLabel, String fee, String guarantee) {
        String total = new java.math.BigDecimal(fee).add(new java.math.BigDecimal(guarantee)).toPlainString();
        return TestEvents.event("/rights-service", RightsFeeHandler.CONTRACT_SIGNED, productionId, TestEvents.map(
                "contractId", contractId.toString(), "productionId", productionId, "workId", UUID.randomUUID().toString(),
                "workTitle", "Le Phare", "kind", "ASSIGNMENT", "holderName", "Claire Dumas", "signedOn", "2027-02-10",
                "budgetChapter", "1", "budgetChapterLabel", "Droits artistiques", "budgetLineLabel", lineLabel,
                "amountsDue", List.of(
                        TestEvents.map("label", "Prime d'écriture", "kind", "FLAT_FEE",
                                "amount", Map.of("amount", fee, "currency", "EUR"), "trigger", "ON_SIGNATURE",
                                "dueOn", "2027-02-10", "recoupable", false),
                        TestEvents.map("label", "Minimum garanti", "kind", "MINIMUM_GUARANTEE",
                                "amount", Map.of("amount", guarantee, "currency", "EUR"), "trigger", "ON_START_OF_SHOOTING",
                                "dueOn", null, "recoupable", true)),
                "total", Map.of("amount", total, "currency", "EUR")));
    }

    /** A production whose locked budget has the given lines (account code, rate for 1 unit); returns its id. */
    private static String lockedProduction(String title, String... accountAndRate) {
        String production = BudgetApi.newProduction(title);
        String[] ids = BudgetApi.newCinemaBudget(production);
        for (int i = 0; i < accountAndRate.length; i += 2) {
            as(MANAGER).body(line(accountAndRate[i], "1", accountAndRate[i + 1], "EUR", null))
                    .post(linesPath(), production, ids[0], ids[1]).then().statusCode(201);
        }
        as(PRODUCER).post(versionPath() + "/approval", production, ids[0], ids[1]).then().statusCode(200);
        return production;
    }

    @Test
    void aSignedRightsContractIsCommittedOnceOnTheChapterOneLineItNamesEvenWhenDeliveredTwice() {
        // adaptation rights 30 000.00 and the screenwriter 45 000.00, both chapter 1; the contract names the screenwriter
        String production = lockedProduction("Droits du Phare", "1101", "30000.00", "1201", "45000.00");
        String topic = BobineStack.topic("rights");
        UUID contract = UUID.randomUUID();
        ObjectNode signed = contractSigned(production, contract, "Scénariste", "12500.50", "7499.99");
        TestEvents.send(bootstrap, topic, signed);
        TestEvents.send(bootstrap, topic, signed);
        // the same contract published again under a new event id (a relay replay) books nothing either
        ObjectNode replayed = signed.deepCopy();
        replayed.put("id", UUID.randomUUID().toString());
        TestEvents.send(bootstrap, topic, replayed);
        // a later contract naming no line of the chapter goes to its first line; once it shows, the others were applied
        TestEvents.send(bootstrap, topic, contractSigned(production, UUID.randomUUID(), "Ligne inconnue", "1000.00", "0.01"));

        Eventually.within(WAIT, () -> as(AUDITOR).get("/productions/{p}/cost-report", production).then().statusCode(200)
                .body("lines.find { it.accountCode == '1101' }.figures.committed.amount", equalTo("1000.01")));
        // 12 500.50 + 7 499.99 = 20 000.49 committed once; ETC 45 000.00 - 20 000.49 = 24 999.51
        as(AUDITOR).get("/productions/{p}/cost-report", production).then().statusCode(200)
                .body("lines.find { it.accountCode == '1201' }.figures.committed.amount", equalTo("20000.49"))
                .body("lines.find { it.accountCode == '1201' }.figures.actual.amount", equalTo("0.00"))
                .body("lines.find { it.accountCode == '1201' }.figures.costToDate.amount", equalTo("20000.49"))
                .body("lines.find { it.accountCode == '1201' }.figures.estimateToComplete.amount", equalTo("24999.51"));
    }

    @Test
    void aContractNamingTheAccountAboveLabelledLinesIsCommittedOnTheLineUnderIt() {
        // the devis lines carry their own labels; rights-service names the CNC account: "Scénario, adaptation et
        // dialogues" is account 12, the parent of 1201, and "Musique" account 14, the parent of 1401
        String production = BudgetApi.newProduction("Droits étiquetés");
        String[] ids = BudgetApi.newCinemaBudget(production);
        as(MANAGER).body(line("1101", "1", "60000.00", "EUR", "\"label\": \"Droits du roman « Ar Goulou »\""))
                .post(linesPath(), production, ids[0], ids[1]).then().statusCode(201);
        as(MANAGER).body(line("1201", "1", "55000.00", "EUR", "\"label\": \"Scénario (Maëlle Kerjean)\""))
                .post(linesPath(), production, ids[0], ids[1]).then().statusCode(201);
        as(MANAGER).body(line("1401", "1", "35000.00", "EUR", "\"label\": \"Musique originale\""))
                .post(linesPath(), production, ids[0], ids[1]).then().statusCode(201);
        as(PRODUCER).post(versionPath() + "/approval", production, ids[0], ids[1]).then().statusCode(200);
        String topic = BobineStack.topic("rights");
        TestEvents.send(bootstrap, topic, contractSigned(production, UUID.randomUUID(), "Scénario, adaptation et dialogues",
                "20000.00", "15000.00"));
        TestEvents.send(bootstrap, topic, contractSigned(production, UUID.randomUUID(), "Musique", "18000.00", "0.00"));

        Eventually.within(WAIT, () -> as(AUDITOR).get("/productions/{p}/cost-report", production).then().statusCode(200)
                .body("lines.find { it.accountCode == '1401' }.figures.committed.amount", equalTo("18000.00")));
        as(AUDITOR).get("/productions/{p}/cost-report", production).then().statusCode(200)
                .body("lines.find { it.accountCode == '1201' }.figures.committed.amount", equalTo("35000.00"))
                .body("lines.find { it.accountCode == '1101' }.figures.committed.amount", equalTo("0.00"));
    }

    @Test
    void aContractWithNoChapterOneLineInTheLockedBudgetIsParked() {
        String production = lockedProduction("Droits sans ligne", "2301", "2000.00");
        ObjectNode orphan = contractSigned(production, UUID.randomUUID(), "Scénariste", "5000.00", "0.00");
        TestEvents.send(bootstrap, BobineStack.topic("rights"), orphan);

        Eventually.within(WAIT, () -> as(AUDITOR).queryParam("size", 200).get("/admin/dead-letters").then()
                .statusCode(200).body("items.eventId", hasItem(orphan.path("id").asText())));
        as(AUDITOR).get("/productions/{p}/cost-report", production).then().statusCode(200)
                .body("lines.find { it.accountCode == '2301' }.figures.committed.amount", equalTo("0.00"));
    }
}
