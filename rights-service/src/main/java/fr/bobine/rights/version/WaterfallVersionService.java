package fr.bobine.rights.version;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import fr.bobine.platform.audit.AuditTrail;
import fr.bobine.platform.http.Etags;
import fr.bobine.platform.money.Money;
import fr.bobine.platform.problem.ProblemException;
import fr.bobine.rights.production.ProductionCopy;
import fr.bobine.rights.waterfall.MgAmendment;
import fr.bobine.rights.waterfall.Position;
import fr.bobine.rights.waterfall.PositionKind;
import fr.bobine.rights.waterfall.Waterfall;
import fr.bobine.rights.waterfall.WaterfallDefinition;
import fr.bobine.rights.waterfall.WaterfallState;

@ApplicationScoped
public class WaterfallVersionService {

    @Inject
    WaterfallLedger ledger;

    @Inject
    AuditTrail audit;

    Clock clock = Clock.systemUTC();

    /** Stores a new version and runs every receipt the production already has down it. */
    @Transactional
    public WaterfallVersionDto create(UUID productionId, NewWaterfallVersion request) {
        requireProduction(productionId);
        ledger.validate(request.definition());
        if (WaterfallVersion.count("productionId = ?1 and name = ?2", productionId, request.name()) > 0) {
            throw ProblemException.conflict("production " + productionId + " already has a waterfall version named " + request.name());
        }
        WaterfallVersion version = new WaterfallVersion();
        version.id = UUID.randomUUID();
        version.productionId = productionId;
        version.name = request.name();
        version.releaseDate = request.releaseDate();
        version.currency = request.definition().currency();
        version.definition = ledger.write(request.definition());
        version.state = ledger.write(new WaterfallState());
        version.createdAt = Instant.now(clock);
        version.updatedAt = version.createdAt;
        version.persist();
        ledger.recompute(version);
        version.flush();
        WaterfallVersionDto created = toDto(version);
        audit.record("waterfall.create", "waterfall", version.id, null, created.definition());
        return created;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<WaterfallVersionDto> find(UUID productionId, UUID id) {
        return Optional.ofNullable(WaterfallVersion.<WaterfallVersion> findById(id))
                .filter(v -> v.productionId.equals(productionId)).map(this::toDto);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public WaterfallVersionList list(UUID productionId) {
        requireProduction(productionId);
        return new WaterfallVersionList(WaterfallVersion.ofProduction(productionId).stream().map(this::toDto).toList());
    }

    /** Replaces the graph (If-Match) and recomputes the version from scratch. */
    @Transactional
    public WaterfallVersionDto update(UUID productionId, UUID id, String ifMatch, NewWaterfallVersion request) {
        WaterfallVersion version = require(productionId, id);
        Etags.requireMatch(ifMatch, version.version);
        ledger.validate(request.definition());
        if (!request.name().equals(version.name)
                && WaterfallVersion.count("productionId = ?1 and name = ?2", productionId, request.name()) > 0) {
            throw ProblemException.conflict("production " + productionId + " already has a waterfall version named " + request.name());
        }
        if (issuedStatements(id) > 0 && !request.definition().currency().equals(version.currency)) {
            throw ProblemException.conflict("statements were issued in " + version.currency + "; the currency cannot change");
        }
        WaterfallDefinition before = ledger.definition(version);
        version.name = request.name();
        version.releaseDate = request.releaseDate();
        version.currency = request.definition().currency();
        version.definition = ledger.write(request.definition());
        version.updatedAt = Instant.now(clock);
        ledger.recompute(version);
        version.flush();
        WaterfallVersionDto after = toDto(version);
        audit.record("waterfall.update", "waterfall", version.id, before, after.definition());
        return after;
    }

    @Transactional
    public void delete(UUID productionId, UUID id, String ifMatch) {
        WaterfallVersion version = require(productionId, id);
        Etags.requireMatch(ifMatch, version.version);
        if (issuedStatements(id) > 0) {
            throw ProblemException.conflict("statements were issued from waterfall version " + version.name + "; it is kept as their proof");
        }
        audit.record("waterfall.delete", "waterfall", version.id, ledger.definition(version), null);
        Allocation.delete("waterfallId", id);
        version.delete();
    }

    /**
     * A distribution contract's minimum guarantee was amended: every version of the production whose MG_RECOUPMENT
     * position names the contract recoups {@link MgAmendment#recoupable} of the amended MG and what the producer has
     * received of it, and is recomputed from scratch, as a replaced graph is (the MG is recouped from the first receipt
     * on, whenever the amendment was signed; statements already issued keep their figures, the next one states what is
     * due since). Runs in the inbox transaction; returns the versions changed. A version in another currency is refused.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<UUID> minimumGuaranteeAmended(UUID productionId, UUID contractId, int amendmentNumber, Money amendedMg,
            Money received) {
        List<UUID> changed = new ArrayList<>();
        for (WaterfallVersion version : WaterfallVersion.ofProduction(productionId)) {
            WaterfallDefinition before = ledger.definition(version);
            boolean names = before.positions().stream()
                    .anyMatch(p -> p.kind() == PositionKind.MG_RECOUPMENT && contractId.equals(p.contractId()));
            if (!names) {
                continue;
            }
            if (!version.currency.equals(amendedMg.currency()) || !version.currency.equals(received.currency())) {
                throw ProblemException.businessRule("currency-mismatch", "the MG of contract " + contractId + " is in "
                        + amendedMg.currency() + " but waterfall version " + version.name + " is kept in " + version.currency);
            }
            BigDecimal target = MgAmendment.recoupable(amendedMg.amount(), received.amount());
            Optional<WaterfallDefinition> after = MgAmendment.apply(before, contractId, target);
            if (after.isEmpty()) {
                continue;
            }
            ledger.validate(after.get());
            version.definition = ledger.write(after.get());
            version.updatedAt = Instant.now(clock);
            ledger.recompute(version);
            version.flush();
            audit.record("waterfall.mg-amended", "waterfall", version.id, before,
                    java.util.Map.of("contractId", contractId, "amendmentNumber", amendmentNumber,
                            "minimumGuarantee", amendedMg, "received", received, "recouped", target, "definition", after.get()));
            changed.add(version.id);
        }
        return changed;
    }

    /** Recomputes from scratch and says whether the result equals the one built receipt by receipt. */
    @Transactional
    public RecomputeResult recompute(UUID productionId, UUID id) {
        WaterfallVersion version = require(productionId, id);
        WaterfallState incremental = ledger.state(version);
        WaterfallState recomputed = ledger.recompute(version);
        return new RecomputeResult(id, recomputed.runs, money(recomputed.receipts, version.currency),
                incremental.equals(recomputed));
    }

    public WaterfallVersion require(UUID productionId, UUID id) {
        WaterfallVersion version = WaterfallVersion.findById(id);
        if (version == null || !version.productionId.equals(productionId)) {
            throw ProblemException.notFound("waterfall version", id);
        }
        return version;
    }

    public static void requireProduction(UUID productionId) {
        if (ProductionCopy.findById(productionId) == null) {
            throw ProblemException.notFound("production", productionId);
        }
    }

    private static long issuedStatements(UUID waterfallId) {
        return WaterfallVersion.getEntityManager()
                .createQuery("select count(s) from StatementRecord s where s.waterfallId = ?1", Long.class)
                .setParameter(1, waterfallId).getSingleResult();
    }

    WaterfallVersionDto toDto(WaterfallVersion version) {
        WaterfallDefinition definition = ledger.definition(version);
        WaterfallState state = ledger.state(version);
        Waterfall waterfall = Waterfall.of(definition);
        List<PositionBalance> balances = new ArrayList<>();
        LocalDate today = LocalDate.now(clock);
        for (Position p : definition.positions()) {
            BigDecimal target = waterfall.target(p, today, state);
            boolean accrues = state.entitlement.containsKey(p.id());
            balances.add(new PositionBalance(p.id(), p.holder(), p.kind(), money(state.received(p.id()), version.currency),
                    accrues ? money(state.entitlement(p.id()), version.currency) : null,
                    target == null ? null : money(target, version.currency)));
        }
        return new WaterfallVersionDto(version.id, version.productionId, version.name, version.releaseDate, definition,
                state.runs, money(state.receipts, version.currency), balances, version.version, version.createdAt,
                version.updatedAt);
    }

    static Money money(BigDecimal amount, String currency) {
        return new Money(amount, currency).rounded();
    }
}
