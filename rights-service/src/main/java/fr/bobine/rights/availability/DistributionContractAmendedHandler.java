package fr.bobine.rights.availability;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import fr.bobine.platform.events.CloudEvent;
import fr.bobine.platform.events.EventRejectedException;
import fr.bobine.platform.inbox.EventHandler;

/**
 * {@code distribution.contract.amended}: an amendment (avenant) changed the rights a distribution contract licenses;
 * the licence granted downstream takes its blocks as amended, for availability. An amendment carries all the blocks,
 * so the latest number wins: one not later than the one the licence holds changes nothing (a replay), one that skips a
 * number is applied (the skipped one, if it comes, is then older). A licence not known here is parked (its signed
 * event, earlier on the same partition, was parked too). Runs inside the inbox transaction.
 */
@ApplicationScoped
public class DistributionContractAmendedHandler implements EventHandler {

    public static final String TYPE = "distribution.contract.amended";

    @Inject
    ObjectMapper mapper;

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
        } catch (IllegalArgumentException | java.time.format.DateTimeParseException | JsonProcessingException e) {
            throw new EventRejectedException(TYPE + " data is not a distribution contract amendment v1: " + e.getMessage(), e);
        }
    }
}
