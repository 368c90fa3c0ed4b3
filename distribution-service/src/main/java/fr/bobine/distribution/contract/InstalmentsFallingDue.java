package fr.bobine.distribution.contract;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import io.quarkus.scheduler.Scheduled;

/**
 * Lets the ON_DATE and ON_RELEASE instalments of signed contracts fall due when their day comes (Europe/Paris), on a
 * schedule ({@code bobine.instalments.check-every}, a Quarkus duration; {@code off} disables it). Safe on several
 * replicas: the check locks the rows it reads (FOR UPDATE), so an instalment falls due once.
 */
@ApplicationScoped
public class InstalmentsFallingDue {

    private static final Logger LOG = Logger.getLogger(InstalmentsFallingDue.class);

    @Inject
    Contracts contracts;

    Clock clock = Clock.system(ZoneId.of("Europe/Paris"));

    @Scheduled(identity = "mg-instalments-falling-due", every = "${bobine.instalments.check-every:1h}",
            delayed = "${bobine.instalments.check-delay:1m}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void check() {
        int fell = contracts.fallDue(LocalDate.now(clock));
        if (fell > 0) {
            LOG.infof("%d minimum-guarantee instalment(s) fell due", fell);
        }
    }
}
