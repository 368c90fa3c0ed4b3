package fr.bobine.rights.production;

import fr.bobine.testing.ProductionCopyContract;
import io.quarkus.test.junit.QuarkusTest;

/** rights-service's copy of the productions honours the shared contract. */
@QuarkusTest
class ProductionCopyTest extends ProductionCopyContract {

    ProductionCopyTest() {
        super("rights-manager", "payroll");
    }
}
