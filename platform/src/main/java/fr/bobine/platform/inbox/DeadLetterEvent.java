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
        @Schema(description = "The record value as received; at most a Kafka record's default size (1 MiB)",
                maxLength = 1_048_576) String payload,
        @Schema(description = "Why it was parked; kept to 2 000 characters", maxLength = 2_000) String reason,
        Instant parkedAt) {
}
