package fr.bobine.crew.production;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.URL;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import fr.bobine.crew.client.ApiClient;
import fr.bobine.crew.client.ApiException;
import fr.bobine.crew.client.api.ProductionsApi;
import fr.bobine.testing.TestTokens;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/** Drives the running service through the Java client generated from the committed OpenAPI document. */
@QuarkusTest
class ProductionClientTest {

    @TestHTTPResource("/")
    URL base;

    @Test
    void generatedClientReadsProblemsAsApiExceptions() {
        ApiClient client = new ApiClient();
        client.updateBaseUri(base.toString().replaceAll("/$", ""));
        String token = TestTokens.forRoles("payroll");
        client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + token));
        ApiException missing = assertThrows(ApiException.class, () -> new ProductionsApi(client).getProduction(UUID.randomUUID()));
        assertEquals(404, missing.getCode());
    }
}
