package fr.bobine.crew;

import fr.bobine.testing.BobineStack;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;

/** Every @QuarkusTest of crew-service runs against the real PostgreSQL (crew_test) and Kafka. */
@QuarkusTestResource(value = BobineStack.class, initArgs = @ResourceArg(name = "service", value = "crew"))
public class CrewTestStack {
}
