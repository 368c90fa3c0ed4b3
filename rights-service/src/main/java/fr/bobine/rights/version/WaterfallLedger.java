package fr.bobine.rights.version;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import fr.bobine.platform.problem.Problem;
import fr.bobine.platform.problem.ProblemException;
import fr.bobine.rights.receipt.ReceiptRecord;
import fr.bobine.rights.waterfall.InvalidWaterfallException;
import fr.bobine.rights.waterfall.ReceiptRun;
import fr.bobine.rights.waterfall.Step;
import fr.bobine.rights.waterfall.Waterfall;
import fr.bobine.rights.waterfall.WaterfallDefinition;
import fr.bobine.rights.waterfall.WaterfallState;

/**
 * Runs receipts down stored waterfall versions: each receipt once per version (its allocations are the proof it ran),
 * and the full history again from scratch on demand, in the order receipts were recorded.
 */
@ApplicationScoped
public class WaterfallLedger {

    @Inject
    ObjectMapper mapper;

    /** The engine for a definition, or problem+json naming the field: 400 for a currency, 422 for the graph. */
    public Waterfall validate(WaterfallDefinition definition) {
        try {
            return Waterfall.of(definition);
        } catch (InvalidWaterfallException e) {
            if ("currency".equals(e.field())) {
                throw ProblemException.badRequest("definition.currency", e.getMessage());
            }
            throw ProblemException.businessRule("invalid-waterfall", "the waterfall cannot run: " + e.getMessage(),
                    List.of(new Problem.FieldError("definition." + e.field(), e.getMessage())));
        }
    }

    public WaterfallDefinition definition(WaterfallVersion version) {
        return read(version.definition, WaterfallDefinition.class);
    }

    public WaterfallState state(WaterfallVersion version) {
        return read(version.state, WaterfallState.class);
    }

    /** Runs {@code receipt} down {@code version} unless it already ran there; returns the run, or null when it had. */
    @Transactional(Transactional.TxType.MANDATORY)
    public ReceiptRun apply(WaterfallVersion version, ReceiptRecord receipt) {
        if (Allocation.count("waterfallId = ?1 and receiptId = ?2", version.id, receipt.id) > 0) {
            return null;
        }
        if (!version.currency.equals(receipt.currency)) {
            throw ProblemException.businessRule("currency-mismatch", "receipt in " + receipt.currency
                    + " cannot run down waterfall " + version.name + " kept in " + version.currency);
        }
        Waterfall waterfall = Waterfall.of(definition(version));
        WaterfallState state = state(version);
        ReceiptRun run = run(waterfall, version, receipt, state);
        store(version.id, receipt.id, run);
        version.state = write(state);
        return run;
    }

    /** Throws away the version's allocations and runs all the production's receipts again; returns the new state. */
    @Transactional(Transactional.TxType.MANDATORY)
    public WaterfallState recompute(WaterfallVersion version) {
        Allocation.delete("waterfallId", version.id);
        Waterfall waterfall = Waterfall.of(definition(version));
        WaterfallState state = new WaterfallState();
        for (ReceiptRecord receipt : ReceiptRecord.inOrder(version.productionId)) {
            if (!version.currency.equals(receipt.currency)) {
                continue;
            }
            store(version.id, receipt.id, run(waterfall, version, receipt, state));
        }
        version.state = write(state);
        return state;
    }

    /** A receipt the graph cannot take (an MG with nowhere to enter) is a 422 naming the version. */
    private static ReceiptRun run(Waterfall waterfall, WaterfallVersion version, ReceiptRecord receipt, WaterfallState state) {
        try {
            return waterfall.run(receipt.toEngine(), state);
        } catch (InvalidWaterfallException e) {
            throw ProblemException.businessRule("receipt-cannot-enter", "receipt " + receipt.id + " cannot run down waterfall "
                    + version.name + ": " + e.getMessage(), List.of(new Problem.FieldError("definition." + e.field(), e.getMessage())));
        }
    }

    private void store(UUID waterfallId, UUID receiptId, ReceiptRun run) {
        for (Step step : run.steps()) {
            Allocation a = new Allocation();
            a.id = UUID.randomUUID();
            a.waterfallId = waterfallId;
            a.receiptId = receiptId;
            a.stepOrder = step.order();
            a.nodeId = step.nodeId();
            a.holder = step.holder();
            a.kind = step.kind();
            a.reached = step.reached();
            a.took = step.took();
            a.reason = step.reason();
            a.persist();
        }
    }

    public String write(Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private <T> T read(String json, Class<T> type) {
        try {
            return mapper.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored " + type.getSimpleName() + " cannot be read", e);
        }
    }
}
