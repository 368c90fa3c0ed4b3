package fr.bobine.platform.membership;

import java.util.List;
import java.util.UUID;

/**
 * Data of {@code production.member.granted} (v1): a user's roles on one production, or on every production when
 * {@code productionId} is null, after the change. Published by budget-service (the master record), applied by every
 * service to its copy. Schema: budget-service {@code events/production.member.granted.v1.schema.json}.
 */
public record MemberGrant(UUID memberId, UUID productionId, String user, List<String> roles, long version) {

    public static final String GRANTED = "production.member.granted";
    public static final String REVOKED = "production.member.revoked";
}
