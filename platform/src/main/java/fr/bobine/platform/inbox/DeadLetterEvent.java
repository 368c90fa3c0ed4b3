package fr.bobine.platform.inbox;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An event a consumer parked because it could not apply it. */
@Schema(name = "DeadLetterEvent")
public record DeadLetterEvent(
        long id,
        String consumer,
        String topic,
        int partition,
        long offset,
        String key,
        @Schema(nullable = true, description = "CloudEvent id, absent when the record was not a CloudEvent") String eventId,
        @Schema(nullable = true) String eventType,
        @Schema(description = "The record value as received") String payload,
        String reason,
        Instant parkedAt) {
}
