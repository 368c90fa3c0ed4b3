package fr.bobine.rights;

import fr.bobine.testing.BobineStack;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;

/** Every @QuarkusTest of rights-service runs against the real PostgreSQL (rights_test) and Kafka. */
@QuarkusTestResource(value = BobineStack.class, initArgs = @ResourceArg(name = "service", value = "rights"))
public class RightsTestStack {
}
