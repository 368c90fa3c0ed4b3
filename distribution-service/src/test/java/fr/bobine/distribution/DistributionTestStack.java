package fr.bobine.distribution;

import fr.bobine.testing.BobineStack;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;

/** Every @QuarkusTest of distribution-service runs against the real PostgreSQL (distribution_test) and Kafka. */
@QuarkusTestResource(value = BobineStack.class, initArgs = @ResourceArg(name = "service", value = "distribution"))
public class DistributionTestStack {
}
