package fr.bobine.platform.audit;

import java.time.Instant;
import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.media.Schema;


@Schema(name = "AuditRecord", description = "Who did or read what, when: a change to money, contracts or membership "
        + "with the state before and after, or a read of a person's data")
public record AuditRecordDto(
        long id,
        Instant occurredAt,
        @Schema(description = "The user, or system for event consumers and schedulers") String actor,
        @Schema(example = "person.read-masked") String action,
        @Schema(example = "person") String entityType,
        String entityId,
        @Schema(nullable = true, description = "The state before a change") Map<String, Object> before,
        @Schema(nullable = true, description = "The state after a change, or what a read went through") Map<String, Object> after) {
}
