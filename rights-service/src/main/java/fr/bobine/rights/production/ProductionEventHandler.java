package fr.bobine.rights.production;

import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import fr.bobine.platform.events.CloudEvent;
import fr.bobine.platform.events.EventRejectedException;
import fr.bobine.platform.inbox.EventHandler;

/** Keeps the production copy in step with budget-service; runs inside the inbox transaction. */
@ApplicationScoped
public class ProductionEventHandler implements EventHandler {

    @Inject
    ObjectMapper mapper;

    @Override
    public boolean handles(String eventType) {
        return "production.created".equals(eventType) || "production.updated".equals(eventType);
    }

    @Override
    public void handle(CloudEvent event) {
        ProductionEventData data = read(event);
        ProductionCopy copy = ProductionCopy.findById(data.productionId());
        if (copy == null) {
            copy = new ProductionCopy();
            copy.id = data.productionId();
        } else if (copy.sourceVersion >= data.version()) {
            return;
        }
        copy.title = data.title();
        copy.originalTitle = data.originalTitle();
        copy.kind = data.kind();
        copy.status = data.status();
        copy.delegatedProducerName = data.delegatedProducerName();
        copy.delegatedProducerSiret = data.delegatedProducerSiret();
        copy.plannedShootingStart = data.plannedShootingStart();
        copy.plannedShootingEnd = data.plannedShootingEnd();
        copy.sourceVersion = data.version();
        copy.sourceUpdatedAt = data.updatedAt();
        copy.receivedAt = Instant.now();
        copy.persist();
    }

    private ProductionEventData read(CloudEvent event) {
        ProductionEventData data;
        try {
            data = mapper.treeToValue(event.data(), ProductionEventData.class);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new EventRejectedException(event.type() + " data is not a production v1: " + e.getMessage(), e);
        }
        if (data == null || data.productionId() == null || data.title() == null || data.kind() == null
                || data.status() == null || data.version() == null || data.updatedAt() == null
                || data.delegatedProducerName() == null || data.delegatedProducerSiret() == null) {
            throw new EventRejectedException(event.type() + " lacks a required field of production v1");
        }
        return data;
    }
}
