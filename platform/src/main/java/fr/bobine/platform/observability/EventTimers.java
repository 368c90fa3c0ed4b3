package fr.bobine.platform.observability;

import java.time.Duration;

import io.micrometer.core.instrument.Timer;

/**
 * Timers of the event plumbing with fixed histogram buckets from 1 ms to 1 min, so that a dashboard computes
 * percentiles across instances ({@code histogram_quantile}) with a dozen series per timer, not a hundred.
 */
public final class EventTimers {

    private static final Duration[] BUCKETS = { Duration.ofMillis(1), Duration.ofMillis(5), Duration.ofMillis(10),
            Duration.ofMillis(25), Duration.ofMillis(50), Duration.ofMillis(100), Duration.ofMillis(250),
            Duration.ofMillis(500), Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(5),
            Duration.ofSeconds(10), Duration.ofSeconds(30), Duration.ofSeconds(60) };

    private EventTimers() {
    }

    public static Timer.Builder latency(String name, String description) {
        return Timer.builder(name).description(description).serviceLevelObjectives(BUCKETS);
    }
}
