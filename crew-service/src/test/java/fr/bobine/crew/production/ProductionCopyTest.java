package fr.bobine.crew.production;

import fr.bobine.testing.ProductionCopyContract;
import io.quarkus.test.junit.QuarkusTest;

/** crew-service's copy of the productions honours the shared contract. */
@QuarkusTest
class ProductionCopyTest extends ProductionCopyContract {

    ProductionCopyTest() {
        super("payroll", "rights-manager");
    }
}
