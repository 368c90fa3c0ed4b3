package fr.bobine.distribution.production;

import fr.bobine.testing.ProductionCopyContract;
import io.quarkus.test.junit.QuarkusTest;

/** distribution-service's copy of the productions honours the shared contract. */
@QuarkusTest
class ProductionCopyTest extends ProductionCopyContract {

    ProductionCopyTest() {
        super("distribution-manager", "payroll");
    }
}
