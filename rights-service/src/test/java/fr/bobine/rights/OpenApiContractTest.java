package fr.bobine.rights;

import org.junit.jupiter.api.Test;

import fr.bobine.testing.OpenApiContract;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class OpenApiContractTest {

    @Test
    void servedDocumentIsTheCommittedOne() throws Exception {
        OpenApiContract.assertServedDocumentIsCommitted();
    }

    @Test
    void committedDocumentKeepsTheContractRules() {
        OpenApiContract.assertContractRules();
    }
}
