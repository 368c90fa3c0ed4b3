package fr.bobine.distribution.revenue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.time.LocalDate;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import fr.bobine.distribution.Fixtures;
import fr.bobine.distribution.client.ApiClient;
import fr.bobine.distribution.client.ApiException;
import fr.bobine.distribution.client.api.ReleaseProfileApi;
import fr.bobine.distribution.client.api.RevenueReportsApi;
import fr.bobine.distribution.client.model.Money;
import fr.bobine.distribution.client.model.NewRevenueLine;
import fr.bobine.distribution.client.model.NewRevenueReport;
import fr.bobine.distribution.client.model.ReleaseProfileInput;
import fr.bobine.distribution.client.model.RevenueReport;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/** A distributor's integration, as it would be written with the Java client generated from the committed OpenAPI. */
@QuarkusTest
class RevenueClientTest {

    @TestHTTPResource("/")
    URL base;

    @Inject
    DataSource ds;

    ApiClient client() {
        ApiClient client = new ApiClient();
        client.updateBaseUri(base.toString().replaceAll("/$", ""));
        client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + Fixtures.MANAGER));
        return client;
    }

    static NewRevenueReport week(LocalDate weekStart) {
        return new NewRevenueReport().reporter("Haut et Court Distribution").periodStart(weekStart)
                .periodEnd(weekStart.plusDays(6)).receivedOn(weekStart.plusDays(7))
                .addLinesItem(new NewRevenueLine().media(fr.bobine.distribution.client.model.RevenueMedia.THEATRICAL)
                        .territory("FR").admissions(48210).weekStart(weekStart)
                        .grossReceipts(new Money().amount("325417.50").currency("EUR")));
    }

    @Test
    void aWeeklyBoxOfficeReportThroughTheGeneratedClient() throws ApiException {
        UUID production = Fixtures.production(ds, "Client");
        new ReleaseProfileApi(client()).putReleaseProfile(production, new ReleaseProfileInput().originCountry("FR")
                .frenchReleaseDate(LocalDate.of(2027, 10, 6)), null);
        RevenueReportsApi api = new RevenueReportsApi(client());
        RevenueReport created = api.createRevenueReport(production, week(LocalDate.of(2027, 10, 6)), UUID.randomUUID().toString());
        assertEquals("325417.50", created.getTotal().getAmount());
        assertEquals(LocalDate.of(2027, 10, 12), created.getLines().get(0).getWeekEnd());
        assertEquals(created.getId(), api.getRevenueReport(production, created.getId()).getId());

        ApiException thursday = assertThrows(ApiException.class,
                () -> api.createRevenueReport(production, week(LocalDate.of(2027, 10, 7)), null));
        assertEquals(400, thursday.getCode());
        assertTrue(thursday.getResponseBody().contains("lines[0].weekStart"));
        assertTrue(api.listOverdueReports(production, LocalDate.of(2028, 1, 1)).getItems().isEmpty(), "no signed contract, nothing due");
    }
}
