package fr.bobine.platform.inbox;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import fr.bobine.platform.events.CloudEvent;
import fr.bobine.platform.events.EventRejectedException;
import fr.bobine.platform.problem.ProblemException;
import io.quarkus.narayana.jta.QuarkusTransaction;

/** Applies a parked event again through the inbox, so a retry of an event already applied changes nothing. */
@ApplicationScoped
public class DeadLetterRetry {

    @Inject
    DeadLetters deadLetters;

    @Inject
    Inbox inbox;

    @Inject
    Instance<EventHandler> handlers;

    @Inject
    ObjectMapper mapper;

    /** The consumer group and inbox name; each service has its own, by default its application name. */
    @ConfigProperty(name = "bobine.inbox.consumer")
    Optional<String> consumerOverride;

    @ConfigProperty(name = "quarkus.application.name")
    String applicationName;

    public DeadLetterEvent retry(long id) {
        DeadLetterEvent parked = deadLetters.find(id).orElseThrow(() -> ProblemException.notFound("dead letter", id));
        CloudEvent event;
        try {
            event = mapper.readValue(parked.payload(), CloudEvent.class);
            event.requireEnvelope();
        } catch (JsonProcessingException | EventRejectedException e) {
            throw ProblemException.businessRule("event-not-applicable", "the parked record is not a CloudEvent: " + e.getMessage());
        }
        EventHandler handler = handlers.stream().filter(h -> h.handles(event.type())).findFirst()
                .orElseThrow(() -> ProblemException.businessRule("event-not-applicable", "no handler for " + event.type()));
        try {
            QuarkusTransaction.requiringNew().run(() -> {
                inbox.applyInCurrentTransaction(consumerOverride.orElse(applicationName), event, handler);
                deadLetters.resolve(id);
            });
        } catch (EventRejectedException | IllegalArgumentException e) {
            throw ProblemException.businessRule("event-not-applicable", "the event still cannot be applied: " + e.getMessage());
        }
        return parked;
    }
}
