package fr.bobine.platform.inbox;

import java.util.List;

import fr.bobine.platform.events.CloudEvent;

/**
 * An {@link EventHandler} that applies several events in one go (one database round trip instead of one each). The
 * consumer hands it each run of consecutive new events of a poll that it handles, in the poll's order (offset order
 * within a partition, so each production's events in the order they were published), inside the poll's transaction.
 * {@link #handleAll} must leave the effect of {@link #handle} called on each event in turn: a later event of the run
 * sees the effect of an earlier one. When it throws, the whole poll rolls back and is applied again one event at a
 * time through {@link #handle}, which finds the event that cannot be applied and parks it.
 */
public interface BatchEventHandler extends EventHandler {

    void handleAll(List<CloudEvent> events);
}
