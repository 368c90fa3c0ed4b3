package fr.bobine.platform.production;

import jakarta.inject.Inject;

import fr.bobine.platform.events.CloudEvent;
import fr.bobine.platform.inbox.EventHandler;

/**
 * Applies budget-service's production events to a service's copy, inside the inbox transaction. Abstract, so not a
 * bean here: a service that keeps a copy makes it one with an empty {@code @ApplicationScoped} subclass, and
 * budget-service, which owns the master record, has no such handler.
 */
public abstract class ProductionCopyHandler implements EventHandler {

    @Inject
    ProductionCopies copies;

    @Override
    public boolean handles(String eventType) {
        return ProductionCopies.EVENT_TYPES.contains(eventType);
    }

    @Override
    public void handle(CloudEvent event) {
        copies.apply(event);
    }
}
