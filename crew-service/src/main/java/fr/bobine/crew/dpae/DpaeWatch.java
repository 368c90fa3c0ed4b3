package fr.bobine.crew.dpae;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.quarkus.scheduler.Scheduled;

/** Every quarter of an hour, warns once about each contract starting within 48 hours without an accepted DPAE. */
@ApplicationScoped
public class DpaeWatch {

    @Inject
    DpaeService service;

    @Scheduled(every = "15m", delayed = "1m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void watch() {
        service.warnMissing();
    }
}
