package fr.bobine.crew.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.time.LocalDate;
import java.util.UUID;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import fr.bobine.crew.CrewFixtures;
import fr.bobine.crew.client.ApiClient;
import fr.bobine.crew.client.ApiException;
import fr.bobine.crew.client.api.ContractsApi;
import fr.bobine.crew.client.api.PeopleApi;
import fr.bobine.crew.client.model.Contract;
import fr.bobine.crew.client.model.Money;
import fr.bobine.crew.client.model.NewContract;
import fr.bobine.crew.client.model.NewPerson;
import fr.bobine.crew.client.model.Person;
import fr.bobine.crew.client.model.PersonKind;
import fr.bobine.crew.client.model.PostalAddress;
import fr.bobine.crew.client.model.Sex;
import fr.bobine.testing.TestTokens;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/** A payroll integration hiring someone through the Java client generated from the committed OpenAPI document. */
@QuarkusTest
class ContractClientTest {

    @TestHTTPResource("/")
    URL base;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    ApiClient client(String... roles) {
        ApiClient client = new ApiClient();
        client.updateBaseUri(base.toString().replaceAll("/$", ""));
        String token = TestTokens.forRoles(roles);
        client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + token));
        return client;
    }

    static NewPerson person(String nir) {
        return new NewPerson().lastName("Quéméner").firstNames("Yann").sex(Sex.MALE).kind(PersonKind.TECHNICIAN).nir(nir)
                .birthDate(LocalDate.of(1987, 5, 2)).birthPlace("Lorient").birthDepartement("56")
                .address(new PostalAddress().street("3 quai des Indes").postcode("56100").town("Lorient").country("FR"))
                .iban("FR7630006000011234567890189");
    }

    @Test
    void hireThroughTheGeneratedClient() throws Exception {
        UUID production = CrewFixtures.production(bootstrap, "Client généré");
        Person person = new PeopleApi(client("payroll")).createPerson(person(CrewFixtures.randomNir()));
        assertTrue(person.getEmployeeNumber().startsWith("S"));

        ContractsApi contracts = new ContractsApi(client("payroll", "producer"));
        Contract draft = contracts.createContract(production, new NewContract().personId(person.getId())
                .positionCode("3097-CHEF-ELEC").engagement(fr.bobine.crew.client.model.Engagement.WEEKLY).weeklyHours(39)
                .startDate(LocalDate.of(2027, 3, 1)).firstHour("08:00").endDate(LocalDate.of(2027, 3, 14))
                .rate(new Money().amount("1450.00").currency("EUR")).location(fr.bobine.crew.client.model.WorkLocation.PARIS_REGION)
                .budgetLineCode("22-310"), UUID.randomUUID().toString());
        Contract signed = contracts.signContract(production, draft.getId(), UUID.randomUUID().toString());
        assertEquals(fr.bobine.crew.client.model.ContractStatus.SIGNED, signed.getStatus());
        assertEquals("2900.00", signed.getCommittedGross().getAmount());

        ApiException invalid = assertThrows(ApiException.class,
                () -> new PeopleApi(client("payroll")).createPerson(person("295109912611194")));
        assertEquals(400, invalid.getCode());
        assertTrue(invalid.getResponseBody().contains("\"nir\""));
    }
}
