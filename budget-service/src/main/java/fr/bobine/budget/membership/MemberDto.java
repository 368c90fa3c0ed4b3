package fr.bobine.budget.membership;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ProductionMember", description = "A user's roles on a production, or on every production of the company")
public record MemberDto(
        UUID id,
        @Schema(nullable = true, description = "The production; absent for a grant on every production") UUID productionId,
        @Schema(description = "The user as the identity provider names them in the token (upn), in small letters",
                example = "claire.vasseur@bobine.fr") String user,
        @Schema(description = "Production-scoped roles the user holds there") List<String> roles,
        @Schema(nullable = true, description = "Who granted or last changed them") String grantedBy,
        Instant updatedAt,
        @Schema(description = "Optimistic-locking version; the ETag is this number in quotes") long version) {
}
