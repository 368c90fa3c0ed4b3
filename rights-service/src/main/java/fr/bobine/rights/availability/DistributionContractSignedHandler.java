package fr.bobine.rights.availability;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import fr.bobine.platform.events.CloudEvent;
import fr.bobine.platform.events.EventRejectedException;
import fr.bobine.platform.inbox.EventHandler;

/** Keeps the licences distribution-service granted downstream, for availability; runs inside the inbox transaction. */
@ApplicationScoped
public class DistributionContractSignedHandler implements EventHandler {

    public static final String TYPE = "distribution.contract.signed";

    @Inject
    ObjectMapper mapper;

    @Override
    public boolean handles(String eventType) {
        return TYPE.equals(eventType);
    }

    /** The rights blocks of a contract event (signed or amended); throws on a malformed one. */
    static List<RightsBlock> blocks(JsonNode data) {
        List<RightsBlock> blocks = new ArrayList<>();
        for (JsonNode b : data.path("rightsBlocks")) {
            List<RightsMedia> media = new ArrayList<>();
            b.path("media").forEach(m -> media.add(RightsMedia.valueOf(m.asText())));
            List<String> territories = new ArrayList<>();
            b.path("territories").forEach(t -> territories.add(t.asText()));
            List<String> languages = new ArrayList<>();
            b.path("languages").forEach(l -> languages.add(l.asText().toLowerCase(Locale.ROOT)));
            List<Holdback> holdbacks = new ArrayList<>();
            b.path("holdbacks").forEach(h -> holdbacks.add(new Holdback(RightsMedia.valueOf(h.path("media").asText()),
                    LocalDate.parse(h.path("until").asText()))));
            blocks.add(new RightsBlock(media, territories, languages, LocalDate.parse(b.path("termStart").asText()),
                    LocalDate.parse(b.path("termEnd").asText()), b.path("exclusive").asBoolean(), holdbacks));
        }
        return blocks;
    }

    @Override
    public void handle(CloudEvent event) {
        JsonNode data = event.data();
        try {
            UUID contractId = UUID.fromString(data.path("contractId").asText());
            if (GrantedLicenceRecord.findById(contractId) != null) {
                return;
            }
            List<RightsBlock> blocks = blocks(data);
            GrantedLicenceRecord licence = new GrantedLicenceRecord();
            licence.contractId = contractId;
            licence.productionId = UUID.fromString(data.path("productionId").asText());
            licence.licensee = data.path("counterpartyName").asText();
            licence.counterpartyKind = data.path("counterpartyKind").asText(null);
            licence.signedOn = LocalDate.parse(data.path("signedOn").asText());
            licence.blocks = mapper.writeValueAsString(blocks);
            licence.receivedAt = Instant.now();
            licence.persist();
        } catch (IllegalArgumentException | java.time.format.DateTimeParseException | JsonProcessingException e) {
            throw new EventRejectedException(TYPE + " data is not a distribution contract v1: " + e.getMessage(), e);
        }
    }
}
