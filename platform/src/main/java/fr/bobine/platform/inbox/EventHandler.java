package fr.bobine.platform.inbox;

import fr.bobine.platform.events.CloudEvent;

/**
 * Applies the events of some types to a service's own tables. {@link #handle} runs inside the inbox transaction
 * that also records the event id, so an effect is applied once per event id. Throw
 * {@link fr.bobine.platform.events.EventRejectedException} for an event that can never be applied.
 */
public interface EventHandler {

    boolean handles(String eventType);

    void handle(CloudEvent event);
}
