package fr.bobine.budget.membership;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import fr.bobine.budget.production.Production;
import fr.bobine.platform.audit.AuditTrail;
import fr.bobine.platform.http.Etags;
import fr.bobine.platform.http.PageRequest;
import fr.bobine.platform.membership.MemberGrant;
import fr.bobine.platform.membership.MemberRevocation;
import fr.bobine.platform.membership.Membership;
import fr.bobine.platform.outbox.Outbox;
import fr.bobine.platform.problem.ProblemException;
import io.quarkus.panache.common.Sort;

/**
 * Grants and revokes production membership: the master record, audited, and published as
 * {@code production.member.granted} / {@code production.member.revoked} in the same transaction, so that every service's
 * copy follows. A grant on every production is keyed {@value #COMPANY} on the topic.
 */
@ApplicationScoped
public class MembershipService {

    /** Event key and subject of the grants on every production. */
    static final String COMPANY = "company";

    @Inject
    Outbox outbox;

    @Inject
    AuditTrail audit;

    Clock clock = Clock.systemUTC();

    /** Makes {@code user} a member of {@code productionId} (every production when null); 409 when they already are. */
    @Transactional
    public MemberDto grant(UUID productionId, MemberInput input) {
        if (productionId != null && Production.findById(productionId) == null) {
            throw ProblemException.notFound("production", productionId);
        }
        String user = Membership.normalize(input.user());
        if (find(productionId, user).isPresent()) {
            throw ProblemException.conflict(user + " is already a member" + (productionId == null ? " of every production"
                    : " of this production") + "; change their roles instead");
        }
        ProductionMember member = new ProductionMember();
        member.id = UUID.randomUUID();
        member.productionId = productionId;
        member.userName = user;
        member.roles = distinct(input.roles());
        member.grantedBy = audit.actor();
        member.updatedAt = Instant.now(clock);
        member.persistAndFlush();
        MemberDto after = member.toDto();
        publishGrant(member);
        audit.record("production.member.grant", "production_member", member.id, null, after);
        return after;
    }

    /** Grants a production's creator who has no company-wide role the production manager's role on it. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void grantCreator(UUID productionId, String user) {
        grant(productionId, new MemberInput(user, List.of(fr.bobine.platform.security.Roles.PRODUCTION_MANAGER)));
    }

    @Transactional
    public MemberDto changeRoles(UUID productionId, UUID memberId, String ifMatch, MemberRoles roles) {
        ProductionMember member = require(productionId, memberId);
        Etags.requireMatch(ifMatch, member.version);
        MemberDto before = member.toDto();
        member.roles = distinct(roles.roles());
        member.grantedBy = audit.actor();
        member.updatedAt = Instant.now(clock);
        member.flush();
        MemberDto after = member.toDto();
        publishGrant(member);
        audit.record("production.member.change", "production_member", member.id, before, after);
        return after;
    }

    @Transactional
    public void revoke(UUID productionId, UUID memberId, String ifMatch) {
        ProductionMember member = require(productionId, memberId);
        Etags.requireMatch(ifMatch, member.version);
        MemberDto before = member.toDto();
        member.delete();
        member.flush();
        outbox.publish(MemberGrant.REVOKED, key(productionId),
                new MemberRevocation(member.id, productionId, member.userName, member.version + 1));
        audit.record("production.member.revoke", "production_member", member.id, before, null);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public MemberDto get(UUID productionId, UUID memberId) {
        return require(productionId, memberId).toDto();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public MemberPage list(UUID productionId, PageRequest page) {
        var found = productionId == null ? ProductionMember.<ProductionMember> find("productionId is null", Sort.by("userName"))
                : ProductionMember.<ProductionMember> find("productionId", Sort.by("userName"), productionId);
        found.page(page.page, page.size);
        long total = found.count();
        return new MemberPage(found.list().stream().map(ProductionMember::toDto).toList(), page.page, page.size, total,
                page.totalPages(total), page.nextPage(total));
    }

    private void publishGrant(ProductionMember member) {
        outbox.publish(MemberGrant.GRANTED, key(member.productionId),
                new MemberGrant(member.id, member.productionId, member.userName, List.of(member.roles), member.version));
    }

    private static Object key(UUID productionId) {
        return productionId == null ? COMPANY : productionId;
    }

    private static Optional<ProductionMember> find(UUID productionId, String user) {
        return productionId == null ? ProductionMember.find("productionId is null and userName = ?1", user).firstResultOptional()
                : ProductionMember.find("productionId = ?1 and userName = ?2", productionId, user).firstResultOptional();
    }

    private static ProductionMember require(UUID productionId, UUID memberId) {
        ProductionMember member = ProductionMember.findById(memberId);
        if (member == null || !java.util.Objects.equals(member.productionId, productionId)) {
            throw ProblemException.notFound("member", memberId);
        }
        return member;
    }

    private static String[] distinct(List<String> roles) {
        return new LinkedHashSet<>(roles).toArray(String[]::new);
    }
}
