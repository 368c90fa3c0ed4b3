package fr.bobine.budget.cashflow;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import io.quarkus.scheduler.Scheduled;

/**
 * Runs the shortfall check of every production with cash movements on a schedule
 * ({@code bobine.cash-flow.check-every}, a Quarkus duration such as {@code 1h}; {@code off} disables it). Each
 * production is checked in its own transaction, so one that fails does not stop the others; nothing is published
 * when the picture did not change.
 */
@ApplicationScoped
public class ShortfallCheck {

    private static final Logger LOG = Logger.getLogger(ShortfallCheck.class);

    @Inject
    CashFlowService service;

    @Scheduled(identity = "cash-flow-shortfall-check", every = "${bobine.cash-flow.check-every:1h}",
            delayed = "${bobine.cash-flow.check-delay:1m}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void checkAll() {
        for (UUID productionId : service.productionsWithCashMovements()) {
            try {
                service.check(productionId);
            } catch (RuntimeException e) {
                LOG.warnf("cash-flow check of production %s failed: %s", productionId, e.getMessage());
            }
        }
    }
}
