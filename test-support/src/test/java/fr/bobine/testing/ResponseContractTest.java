package fr.bobine.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class ResponseContractTest {

    private final ResponseContract contract;

    ResponseContractTest() throws URISyntaxException {
        contract = new ResponseContract(OpenApiDocument.read(Path.of(getClass().getResource("/contract/broken.yaml").toURI())),
                true);
    }

    private List<String> post(int status, Map<String, String> headers, String body) {
        return contract.check("POST", "/productions/p1/contracts", status, headers::get, "application/json", body);
    }

    @Test
    void aResponseThatKeepsTheDocumentsPromisesPasses() {
        assertEquals(List.of(), post(201, Map.of("ETag", "\"0\""),
                "{\"id\":\"0f8fad5b-d9cb-469f-a165-70867728950e\",\"role\":\"chef\",\"note\":null}"));
    }

    @Test
    void aMissingRequiredPropertyOrAnUndeclaredNullIsCaught() {
        List<String> broken = post(201, Map.of(), "{\"id\":\"0f8fad5b-d9cb-469f-a165-70867728950e\",\"role\":null}");
        assertEquals(2, broken.size(), broken.toString());
        assertTrue(broken.stream().anyMatch(b -> b.contains("note")), broken.toString());
        assertTrue(broken.stream().anyMatch(b -> b.contains("role")), broken.toString());
    }

    @Test
    void aBoundOrAFormatBrokenIsCaught() {
        List<String> broken = post(201, Map.of(), "{\"id\":\"not-a-uuid\",\"role\":\"realisatrice\",\"note\":\"x\"}");
        assertEquals(2, broken.size(), broken.toString());
    }

    @Test
    void anUndeclaredStatusHeaderOrMediaTypeIsCaught() {
        assertEquals(List.of("createContract does not declare status 409"), post(409, Map.of(), ""));
        assertEquals(List.of("createContract 201 sends Location but does not declare it"),
                post(201, Map.of("Location", "/productions/p1/contracts/c1"),
                        "{\"id\":\"0f8fad5b-d9cb-469f-a165-70867728950e\",\"role\":\"chef\",\"note\":null}"));
        assertEquals(List.of("getReport 200 answers application/json but declares text/csv"),
                contract.check("GET", "/productions/p1/report.csv", 200, h -> null, "application/json", "{}"));
    }

    @Test
    void pathsOutsideTheDocumentAreLeftToTheFramework() {
        assertEquals(List.of(), contract.check("GET", "/q/health/ready", 200, h -> null, "application/json", "{}"));
        assertEquals(List.of(), contract.check("GET", "/nowhere", 404, h -> null, "application/problem+json", "{}"));
        assertEquals(List.of("no operation of the document serves this path"),
                contract.check("GET", "/nowhere", 200, h -> null, "application/json", "{}"));
    }
}
