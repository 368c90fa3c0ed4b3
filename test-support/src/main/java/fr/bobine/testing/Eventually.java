package fr.bobine.testing;

import java.time.Duration;

/** Retries an assertion until it passes or the bounded wait is over, for effects that travel through Kafka. */
public final class Eventually {

    private Eventually() {
    }

    public static void within(Duration timeout, Runnable assertion) {
        long deadline = System.nanoTime() + timeout.toNanos();
        AssertionError last;
        do {
            try {
                assertion.run();
                return;
            } catch (AssertionError e) {
                last = e;
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw last;
            }
        } while (System.nanoTime() < deadline);
        throw last;
    }
}
