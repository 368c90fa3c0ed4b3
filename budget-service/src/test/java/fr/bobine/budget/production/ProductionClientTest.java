package fr.bobine.budget.production;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.URL;

import org.junit.jupiter.api.Test;

import fr.bobine.budget.client.ApiClient;
import fr.bobine.budget.client.ApiException;
import fr.bobine.budget.client.api.ProductionsApi;
import fr.bobine.budget.client.model.DelegatedProducer;
import fr.bobine.budget.client.model.Money;
import fr.bobine.budget.client.model.NewProduction;
import fr.bobine.budget.client.model.Production;
import fr.bobine.budget.client.model.ProductionKind;
import fr.bobine.testing.TestTokens;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/** Drives the running service through the Java client generated from the committed OpenAPI document. */
@QuarkusTest
class ProductionClientTest {

    @TestHTTPResource("/")
    URL base;

    private ProductionsApi api(String... roles) {
        ApiClient client = new ApiClient();
        client.updateBaseUri(base.toString().replaceAll("/$", ""));
        String token = TestTokens.forRoles(roles);
        client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + token));
        return new ProductionsApi(client);
    }

    @Test
    void generatedClientCreatesReadsAndPatchesAProduction() throws Exception {
        ProductionsApi api = api("producer");
        NewProduction request = new NewProduction()
                .title("Le Client Généré")
                .kind(ProductionKind.DOCUMENTARY)
                .delegatedProducer(new DelegatedProducer().name("Les Films du Quai").siret("73282932000074"))
                .estimatedBudget(new Money().amount("480000.00").currency("EUR"));
        Production created = api.createProduction(request, null);
        assertEquals("Le Client Généré", created.getTitle());
        assertEquals("480000.00", created.getEstimatedBudget().getAmount());

        Production read = api.getProduction(created.getId());
        assertEquals(created.getId(), read.getId());
        assertEquals(0L, read.getVersion());

        Production patched = api.updateProduction(created.getId(), "\"0\"",
                new fr.bobine.budget.client.model.ProductionPatch().genre("nature"));
        assertEquals("nature", patched.getGenre());

        ApiException stale = assertThrows(ApiException.class, () -> api.updateProduction(created.getId(), "\"0\"",
                new fr.bobine.budget.client.model.ProductionPatch().genre("mer")));
        assertEquals(412, stale.getCode());
        ApiException forbidden = assertThrows(ApiException.class, () -> api("auditor").createProduction(request, null));
        assertEquals(403, forbidden.getCode());
    }
}
