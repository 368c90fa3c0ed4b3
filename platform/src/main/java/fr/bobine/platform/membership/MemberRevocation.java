package fr.bobine.platform.membership;

import java.util.UUID;

/**
 * Data of {@code production.member.revoked} (v1): the user no longer works on the production (or on every production
 * when {@code productionId} is null). Schema: budget-service {@code events/production.member.revoked.v1.schema.json}.
 */
public record MemberRevocation(UUID memberId, UUID productionId, String user, long version) {
}
