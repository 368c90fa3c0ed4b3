package fr.bobine.budget;

import fr.bobine.testing.BobineStack;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;

/** Every @QuarkusTest of budget-service runs against the real PostgreSQL (budget_test) and Kafka. */
@QuarkusTestResource(value = BobineStack.class, initArgs = @ResourceArg(name = "service", value = "budget"))
public class BudgetTestStack {
}
