package fr.bobine.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

class OpenApiContractRulesTest {

    private static OpenApiDocument broken() throws URISyntaxException {
        return OpenApiDocument.read(Path.of(OpenApiContractRulesTest.class.getResource("/contract/broken.yaml").toURI()));
    }

    // getSummary, a JSON resource also offered as CSV by Accept, declares Content-Disposition and keeps its name: no violation
    @Test
    void everyBrokenRuleIsNamedWithItsOperation() throws URISyntaxException {
        List<String> violations = OpenApiContract.violations(broken());
        assertEquals(List.of(
                "getReport 200 downloads text/csv without declaring Content-Disposition",
                "getReport downloads text/csv: its operationId must start with download",
                "createContract 201 does not declare Location",
                "createContract query parameter page is an integer without both bounds",
                "createContract query parameter title is a string without maxLength",
                "getContract does not declare 404",
                "getContract 200 returns a bare array; return a page or {items}",
                "getContract 401 has no application/problem+json body",
                "getContract declares path parameters [contractId, productionId], the path has [productionId, contractId]"),
                violations);
    }

    @Test
    void operationsAreFoundByConcretePathLiteralSegmentsFirst() throws URISyntaxException {
        OpenApiDocument document = broken();
        assertEquals("getReport", document.find("GET", "/productions/0f8fad5b-d9cb-469f-a165-70867728950e/report.csv").id());
        assertEquals("getContract", document.find("GET", "/productions/a/contracts/b").id());
        assertEquals("createContract", document.find("POST", "/productions/a/contracts").id());
        assertEquals(null, document.find("DELETE", "/productions/a/contracts"));
    }
}
