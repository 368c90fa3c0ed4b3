package fr.bobine.platform.audit;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.databind.JsonNode;

@Schema(name = "AuditRecord", description = "Who did or read what, when: a change to money, contracts or membership "
        + "with the state before and after, or a read of a person's data")
public record AuditRecordDto(
        long id,
        Instant occurredAt,
        @Schema(description = "The user, or system for event consumers and schedulers") String actor,
        @Schema(example = "person.read-masked") String action,
        @Schema(example = "person") String entityType,
        String entityId,
        @Schema(nullable = true, type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.OBJECT,
                description = "The state before a change") JsonNode before,
        @Schema(nullable = true, type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.OBJECT,
                description = "The state after a change, or what a read went through") JsonNode after) {
}
