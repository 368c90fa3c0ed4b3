package fr.bobine.budget.production;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import fr.bobine.budget.membership.MembershipService;
import fr.bobine.platform.audit.AuditTrail;
import fr.bobine.platform.http.Etags;
import fr.bobine.platform.http.PageRequest;
import fr.bobine.platform.http.Sorting;
import fr.bobine.platform.http.TextSearch;
import fr.bobine.platform.outbox.Outbox;
import fr.bobine.platform.problem.ProblemException;
import fr.bobine.platform.production.ProductionKind;
import fr.bobine.platform.production.ProductionStatus;

@ApplicationScoped
public class ProductionService {

    @Inject
    Outbox outbox;

    @Inject
    AuditTrail audit;

    Clock clock = Clock.systemUTC();

    @Inject
    MembershipService membership;

    /**
     * Creates the production; a creator without a company-wide role ({@code memberToBe}, a production manager) becomes
     * its member, or they could not see what they created.
     */
    @Transactional
    public ProductionDto create(NewProduction request, Optional<String> memberToBe) {
        Production production = Production.create(request, Instant.now(clock));
        production.persistAndFlush();
        ProductionDto created = production.toDto();
        outbox.publish(ProductionEvent.CREATED, production.id, ProductionEvent.of(production));
        audit.record("production.create", "production", production.id, null, created);
        memberToBe.ifPresent(user -> membership.grantCreator(production.id, user));
        return created;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<ProductionDto> find(UUID id) {
        return Production.<Production> findByIdOptional(id).map(Production::toDto);
    }

    /** The fields the list sorts by ({@code ?sort=}), by their name on the wire. */
    public static final Sorting SORTS = Sorting.of(Map.of("title", "searchText", "createdAt", "createdAt", "status", "status",
            "plannedShootingStart", "plannedShootingStart"));

    @Transactional(Transactional.TxType.SUPPORTS)
    public ProductionPage list(String q, ProductionKind kind, ProductionStatus status, String sort, Optional<Set<UUID>> visible,
            PageRequest page) {
        StringBuilder query = new StringBuilder("1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (visible.isPresent()) {
            if (visible.get().isEmpty()) {
                return new ProductionPage(java.util.List.of(), page.page, page.size, 0, 0, null);
            }
            query.append(" and id in :visible");
            params.put("visible", visible.get());
        }
        if (kind != null) {
            query.append(" and kind = :kind");
            params.put("kind", kind);
        }
        if (status != null) {
            query.append(" and status = :status");
            params.put("status", status);
        }
        if (q != null && !q.isBlank()) {
            query.append(" and searchText like :q escape '\\'");
            params.put("q", TextSearch.containsPattern(q));
        }
        var found = Production.<Production> find(query.toString(), SORTS.panache(sort, "-createdAt"), params)
                .page(page.page, page.size);
        long total = found.count();
        return new ProductionPage(found.list().stream().map(Production::toDto).toList(), page.page, page.size, total,
                page.totalPages(total), page.nextPage(total));
    }

    /** Applies {@code patch} if {@code ifMatch} names the current version (412 otherwise, 428 when missing). */
    @Transactional
    public ProductionDto update(UUID id, String ifMatch, ProductionPatch patch) {
        Production production = Production.<Production> findByIdOptional(id)
                .orElseThrow(() -> ProblemException.notFound("production", id));
        Etags.requireMatch(ifMatch, production.version);
        ProductionDto before = production.toDto();
        production.apply(patch, Instant.now(clock));
        // Flush here so that a concurrent change surfaces as an optimistic-lock failure (412), not at commit.
        production.flush();
        ProductionDto after = production.toDto();
        outbox.publish(ProductionEvent.UPDATED, production.id, ProductionEvent.of(production));
        audit.record("production.update", "production", production.id, before, after);
        return after;
    }
}
