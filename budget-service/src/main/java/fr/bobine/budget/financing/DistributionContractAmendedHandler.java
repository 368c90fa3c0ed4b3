package fr.bobine.budget.financing;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.fasterxml.jackson.databind.JsonNode;

import fr.bobine.budget.production.IncomingEvent;
import fr.bobine.platform.events.CloudEvent;
import fr.bobine.platform.events.EventRejectedException;
import fr.bobine.platform.inbox.EventHandler;
import fr.bobine.platform.money.Money;
import fr.bobine.platform.problem.ProblemException;
import io.quarkus.panache.common.Sort;

/**
 * {@code distribution.contract.amended}: an amendment (avenant) changed a signed distribution contract. Its financing
 * source ({@link DistributionContractHandler}) takes the amended MG and schedule, once per amendment: an amendment id
 * already applied, or one older than an amendment of the same contract already applied (a replay after a later one),
 * changes nothing; one ahead of the next number (amendment 3 before 2) is parked in the dead-letter table, to be
 * retried once the one before it is in (events of a production come in order on its partition, so the one before it
 * was parked too or is missing). A contract whose MG appears by amendment gets its source then. Instalments that fall
 * due under the amended plan come as distribution.mg.instalment.fell-due, as for a signed contract
 * ({@link MgInstalmentHandler}).
 */
@ApplicationScoped
public class DistributionContractAmendedHandler implements EventHandler {

    public static final String AMENDED = "distribution.contract.amended";

    @Inject
    FinancingService financing;

    Clock clock = Clock.systemUTC();

    @Override
    public boolean handles(String eventType) {
        return AMENDED.equals(eventType);
    }

    @Override
    public void handle(CloudEvent event) {
        JsonNode data = IncomingEvent.data(event);
        UUID amendmentId = IncomingEvent.uuid(event, data, "amendmentId");
        UUID contractId = IncomingEvent.uuid(event, data, "contractId");
        UUID productionId = IncomingEvent.knownProduction(event, data);
        int number = data.path("number").asInt(0);
        if (number < 1) {
            throw new EventRejectedException(AMENDED + " " + amendmentId + " has no amendment number");
        }
        if (FinancingAmendment.findById(amendmentId) != null) {
            return;
        }
        int applied = lastApplied(contractId);
        if (number <= applied) {
            return;
        }
        if (number != applied + 1) {
            throw new EventRejectedException(AMENDED + " " + number + " of contract " + contractId + " while amendment "
                    + (applied + 1) + " is not applied (parked or missing); retry it after that one");
        }
        JsonNode mg = data.path("minimumGuarantee");
        if (!mg.isNull() && !mg.isMissingNode()) {
            Money amount = DistributionContractHandler.money(mg, AMENDED);
            UUID sourceId = DistributionContractHandler.sourceIdOf(contractId);
            FinancingSourceInput input = DistributionContractHandler.sourceInput(data, amount, AMENDED,
                    "Minimum guarantee of distribution contract " + contractId + " as amended by amendment " + number
                            + " signed on " + data.path("signedOn").asText());
            try {
                if (!financing.addConfirmedOnce(productionId, sourceId, input)) {
                    financing.replaceFromContract(productionId, sourceId, input);
                }
            } catch (ProblemException e) {
                throw new EventRejectedException(AMENDED + " " + amendmentId + " cannot enter the financing plan: "
                        + e.getMessage(), e);
            }
        }
        FinancingAmendment taken = new FinancingAmendment();
        taken.amendmentId = amendmentId;
        taken.contractId = contractId;
        taken.productionId = productionId;
        taken.number = number;
        taken.appliedAt = Instant.now(clock);
        taken.persist();
    }

    /** The number of the contract's last amendment the plan has taken in; 0 for none. */
    private static int lastApplied(UUID contractId) {
        return FinancingAmendment.<FinancingAmendment> find("contractId", Sort.descending("number"), contractId)
                .firstResultOptional().map(a -> a.number).orElse(0);
    }
}
