package fr.bobine.budget.costreport;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.jboss.logging.Logger;

import fr.bobine.budget.devis.VersionStatus;
import fr.bobine.platform.problem.ProblemException;
import io.quarkus.scheduler.Scheduled;

/**
 * Optionally keeps every production's cost report of the week that just ended, for the accountants who want it taken
 * even when nobody sends it. Off unless {@code bobine.cost-report.weekly-snapshot.cron} is set (e.g.
 * {@code 0 0 7 ? * WED}); the week is the French cinema week, Wednesday to Tuesday (ARCHITECTURE.md), so the snapshot
 * is of the last Tuesday before the day it runs. A week already kept by hand is left as it is.
 */
@ApplicationScoped
public class WeeklySnapshots {

    private static final Logger LOG = Logger.getLogger(WeeklySnapshots.class);
    static final String NOTE = "pris automatiquement en fin de semaine";

    @Inject
    CostReportSnapshots snapshots;

    @Inject
    EntityManager em;

    Clock clock = Clock.system(LockedLines.BUSINESS_ZONE);

    /** The last day of the last cinema week ended before {@code today}: the Tuesday strictly before it. */
    public static LocalDate lastWeekEnding(LocalDate today) {
        return today.with(TemporalAdjusters.previous(DayOfWeek.TUESDAY));
    }

    @Scheduled(identity = "cost-report-weekly-snapshot", cron = "${bobine.cost-report.weekly-snapshot.cron:off}",
            timeZone = "Europe/Paris", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    @ActivateRequestContext
    void everyWeek() {
        LocalDate weekEnding = lastWeekEnding(LocalDate.now(clock));
        List<UUID> productions = em.createQuery("""
                select distinct b.productionId from Budget b
                where b.id in (select v.budgetId from BudgetVersion v where v.status = :approved)""", UUID.class)
                .setParameter("approved", VersionStatus.APPROVED).getResultList();
        int kept = 0;
        for (UUID production : productions) {
            kept += keep(production, weekEnding) ? 1 : 0;
        }
        LOG.infof("weekly cost reports: %d kept for the week ending %s", kept, weekEnding);
    }

    /** Keeps one production's report of that week unless it is kept already; true when it kept one. */
    @ActivateRequestContext
    public boolean keep(UUID productionId, LocalDate weekEnding) {
        if (CostReportSnapshot.count("productionId = ?1 and weekEnding = ?2", productionId, weekEnding) > 0) {
            return false;
        }
        try {
            snapshots.take(productionId, new NewSnapshot(weekEnding, NOTE));
            return true;
        } catch (ProblemException e) {
            // no locked version at that date yet, or kept by hand in the meantime: nothing to keep
            LOG.debugf("no weekly cost report for %s: %s", productionId, e.getMessage());
            return false;
        }
    }
}
