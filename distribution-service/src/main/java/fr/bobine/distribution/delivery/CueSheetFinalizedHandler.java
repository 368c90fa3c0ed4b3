package fr.bobine.distribution.delivery;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import fr.bobine.distribution.production.ProductionCopy;
import fr.bobine.platform.events.CloudEvent;
import fr.bobine.platform.events.EventRejectedException;
import fr.bobine.platform.inbox.EventHandler;

/** rights.cuesheet.finalized satisfies the music cue sheet deliverables; runs inside the inbox transaction. */
@ApplicationScoped
public class CueSheetFinalizedHandler implements EventHandler {

    @Inject
    Deliveries deliveries;

    @Override
    public boolean handles(String eventType) {
        return "rights.cuesheet.finalized".equals(eventType);
    }

    @Override
    public void handle(CloudEvent event) {
        String id = event.data() != null && event.data().hasNonNull("productionId") ? event.data().get("productionId").asText()
                : event.subject();
        UUID productionId;
        try {
            productionId = UUID.fromString(id);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new EventRejectedException(event.type() + " names no production: " + id, e);
        }
        if (ProductionCopy.findById(productionId) == null) {
            throw new EventRejectedException(event.type() + " for production " + productionId + " unknown here");
        }
        deliveries.cueSheetFinalized(productionId, "cue sheet finalized in rights-service (event " + event.id() + ")");
    }
}
