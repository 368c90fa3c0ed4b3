package fr.bobine.platform.production;

import java.util.List;

import jakarta.inject.Inject;

import fr.bobine.platform.events.CloudEvent;
import fr.bobine.platform.inbox.BatchEventHandler;

/**
 * Applies budget-service's production events to a service's copy, inside the inbox transaction, a poll's events in
 * one round trip. Abstract, so not a bean here: a service that keeps a copy makes it one with an empty
 * {@code @ApplicationScoped} subclass, and budget-service, which owns the master record, has no such handler.
 */
public abstract class ProductionCopyHandler implements BatchEventHandler {

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

    @Override
    public void handleAll(List<CloudEvent> events) {
        copies.applyAll(events);
    }
}
