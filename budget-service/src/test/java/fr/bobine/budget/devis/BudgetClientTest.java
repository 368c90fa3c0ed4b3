package fr.bobine.budget.devis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.URL;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import fr.bobine.budget.client.ApiClient;
import fr.bobine.budget.client.ApiException;
import fr.bobine.budget.client.api.BudgetsApi;
import fr.bobine.budget.client.api.FinancingPlanApi;
import fr.bobine.budget.client.api.ProductionsApi;
import fr.bobine.budget.client.model.Budget;
import fr.bobine.budget.client.model.BudgetLineInput;
import fr.bobine.budget.client.model.BudgetVersion;
import fr.bobine.budget.client.model.DelegatedProducer;
import fr.bobine.budget.client.model.FinancingKind;
import fr.bobine.budget.client.model.FinancingPlan;
import fr.bobine.budget.client.model.FinancingSourceInput;
import fr.bobine.budget.client.model.FinancingStatus;
import fr.bobine.budget.client.model.Money;
import fr.bobine.budget.client.model.NewBudget;
import fr.bobine.budget.client.model.NewProduction;
import fr.bobine.budget.client.model.ProductionKind;
import fr.bobine.testing.TestTokens;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/** Drives budgets and the financing plan through the Java client generated from the committed OpenAPI document. */
@QuarkusTest
class BudgetClientTest {

    @TestHTTPResource("/")
    URL base;

    private ApiClient client(String... roles) {
        ApiClient client = new ApiClient();
        client.updateBaseUri(base.toString().replaceAll("/$", ""));
        String token = TestTokens.forRoles(roles);
        client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + token));
        return client;
    }

    @Test
    void generatedClientBuildsLocksAndFinancesABudget() throws Exception {
        ApiClient producer = client("producer");
        var production = new ProductionsApi(producer).createProduction(new NewProduction().title("Le Client du Devis")
                .kind(ProductionKind.FEATURE_FILM)
                .delegatedProducer(new DelegatedProducer().name("Les Films du Quai").siret("73282932000074")), null);
        BudgetsApi budgets = new BudgetsApi(producer);
        Budget budget = budgets.createBudget(production.getId(), new NewBudget().templateCode("CNC-CINEMA").title("Devis")
                .ratesOn(LocalDate.of(2027, 1, 15)), null);
        var v1 = budget.getVersions().get(0).getId();
        // 8 weeks x 2 587.53 = 20 700.24; crew charges 52 % = 10 764.12; sub-total 31 464.36;
        // FG 7 % = 2 202.51 (2 202.5052); imprévus 10 % = 3 146.44 (3 146.436); total 36 813.31
        budgets.addBudgetLine(production.getId(), budget.getId(), v1, new BudgetLineInput().accountCode("2201").quantity("8")
                .unit("semaine").rate("2587.53").currency("EUR"), null);
        BudgetVersion read = budgets.getBudgetVersion(production.getId(), budget.getId(), v1);
        assertEquals("31464.36", read.getSubtotal().getAmount());
        assertEquals("36813.31", read.getTotal().getAmount());

        budgets.approveBudgetVersion(production.getId(), budget.getId(), v1, null);
        ApiException locked = assertThrows(ApiException.class, () -> budgets.addBudgetLine(production.getId(), budget.getId(),
                v1, new BudgetLineInput().accountCode("52").quantity("1").rate("10.00").currency("EUR"), null));
        assertEquals(409, locked.getCode());

        FinancingPlanApi financing = new FinancingPlanApi(producer);
        var source = financing.addFinancingSource(production.getId(), new FinancingSourceInput().kind(FinancingKind.TV_PRESALE)
                .financier("Arte France Cinéma").amount(new Money().amount("30000.00").currency("EUR")), null);
        assertEquals(FinancingStatus.CONFIRMED,
                financing.confirmFinancingSource(production.getId(), source.getId(), null).getStatus());
        FinancingPlan plan = financing.getFinancingPlan(production.getId());
        assertEquals("36813.31", plan.getLockedBudgetTotal().getAmount());
        assertEquals("6813.31", plan.getGap().getAmount());
    }
}
