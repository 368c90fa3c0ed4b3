package fr.bobine.testing;

import java.nio.file.Files;

import io.quarkus.test.junit.callback.QuarkusTestBeforeClassCallback;
import io.restassured.RestAssured;

/**
 * Installs {@link ResponseContract} on rest-assured once per test JVM, before the first {@code @QuarkusTest} class of a
 * service that has a committed OpenAPI document, so that every API test also checks the contract.
 */
public class ContractCallback implements QuarkusTestBeforeClassCallback {

    private static boolean installed;

    @Override
    public void beforeClass(Class<?> testClass) {
        synchronized (ContractCallback.class) {
            if (installed || !Files.exists(OpenApiContract.COMMITTED)) {
                return;
            }
            RestAssured.filters(new ResponseContract(OpenApiDocument.committed(), Boolean.getBoolean("bobine.contract.strict")));
            installed = true;
        }
    }
}
