package fr.bobine.rights.availability;

import java.math.BigDecimal;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import fr.bobine.platform.events.CloudEvent;
import fr.bobine.platform.events.EventRejectedException;
import fr.bobine.platform.inbox.EventHandler;
import fr.bobine.platform.money.Money;
import fr.bobine.platform.problem.ProblemException;
import fr.bobine.rights.version.WaterfallVersionService;

/**
 * {@code distribution.contract.amended}: an amendment (avenant) changed the rights a distribution contract licenses;
 * the licence granted downstream takes its blocks as amended, for availability. An amendment carries all the blocks,
 * so the latest number wins: one not later than the one the licence holds changes nothing (a replay), one that skips a
 * number is applied (the skipped one, if it comes, is then older). A licence not known here is parked (its signed
 * event, earlier on the same partition, was parked too). The MG as amended goes to the waterfall versions whose
 * MG_RECOUPMENT position names the contract ({@link WaterfallVersionService#minimumGuaranteeAmended}, rule in
 * {@code MgAmendment}); a version in another currency, or a history that can no longer run, parks the event. Runs inside
 * the inbox transaction: the licence, the waterfalls and the event id commit together.
 */
@ApplicationScoped
public class DistributionContractAmendedHandler implements EventHandler {

    public static final String TYPE = "distribution.contract.amended";

    @Inject
    ObjectMapper mapper;

    @Inject
    WaterfallVersionService waterfalls;

    @Override
    public boolean handles(String eventType) {
        return TYPE.equals(eventType);
    }

    @Override
    public void handle(CloudEvent event) {
        JsonNode data = event.data();
        try {
            UUID contractId = UUID.fromString(data.path("contractId").asText());
            int number = data.path("number").asInt(0);
            if (number < 1) {
                throw new EventRejectedException(TYPE + " for contract " + contractId + " has no amendment number");
            }
            GrantedLicenceRecord licence = GrantedLicenceRecord.findById(contractId);
            if (licence == null) {
                throw new EventRejectedException(TYPE + ": distribution contract " + contractId + " is not known here (its "
                        + "distribution.contract.signed is parked or missing); retry it after that one");
            }
            if (number <= licence.amendmentNumber) {
                return;
            }
            licence.blocks = mapper.writeValueAsString(DistributionContractSignedHandler.blocks(data));
            licence.amendmentNumber = number;
            minimumGuarantee(data, contractId, number, licence);
        } catch (ProblemException e) {
            throw new EventRejectedException(TYPE + " for contract " + contractId(data) + ": " + e.getMessage(), e);
        } catch (IllegalArgumentException | java.time.format.DateTimeParseException | JsonProcessingException e) {
            throw new EventRejectedException(TYPE + " data is not a distribution contract amendment v1: " + e.getMessage(), e);
        }
    }

    /**
     * The MG as amended reaches the waterfall versions whose MG_RECOUPMENT position names the contract. Each amendment
     * carries the contract's MG after it, so it is applied whatever the amendment changed (an earlier MG amendment that
     * arrives after a later one is older and ignored above). What the producer has received of the MG is the sum of the
     * RECEIVED instalments of the plan the event carries. No MG before nor after: nothing to do.
     */
    private void minimumGuarantee(JsonNode data, UUID contractId, int number, GrantedLicenceRecord licence) {
        JsonNode amended = data.path("minimumGuarantee");
        JsonNode previous = data.path("previousMinimumGuarantee");
        if (!amended.isObject() && !previous.isObject()) {
            return;
        }
        Money mg = amended.isObject() ? money(amended)
                : new Money(BigDecimal.ZERO.setScale(2), previous.path("currency").asText());
        BigDecimal received = BigDecimal.ZERO.setScale(2);
        for (JsonNode instalment : data.path("instalments")) {
            if ("RECEIVED".equals(instalment.path("status").asText())) {
                Money amount = money(instalment.path("amount"));
                if (!amount.currency().equals(mg.currency())) {
                    throw new EventRejectedException(TYPE + " for contract " + contractId + ": an instalment in "
                            + amount.currency() + " of an MG in " + mg.currency());
                }
                received = received.add(amount.amount());
            }
        }
        if (mg.signum() < 0 || mg.amount().stripTrailingZeros().scale() > 2) {
            throw new EventRejectedException(TYPE + " for contract " + contractId + " carries " + mg + ", not an amount at the cent");
        }
        waterfalls.minimumGuaranteeAmended(licence.productionId, contractId, number, mg, new Money(received, mg.currency()));
    }

    private static Money money(JsonNode node) {
        return new Money(new BigDecimal(node.path("amount").asText()), node.path("currency").asText());
    }

    private static String contractId(JsonNode data) {
        return data.path("contractId").asText();
    }
}
