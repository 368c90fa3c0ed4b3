package fr.bobine.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** Starts calls on their own threads at the same instant, for races: two writers of the same thing, two replicas. */
public final class AtOnce {

    private AtOnce() {
    }

    /** Runs every call at once and returns their results in the order of the calls. */
    public static <T> List<T> run(List<Callable<T>> calls) throws InterruptedException, ExecutionException {
        ExecutorService pool = Executors.newFixedThreadPool(calls.size());
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<T>> futures = new ArrayList<>();
            for (Callable<T> call : calls) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return call.call();
                }));
            }
            start.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> f : futures) {
                results.add(f.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    /** The HTTP statuses of requests sent at once, sorted, so that a test can say {@code [200, 412]} whoever won. */
    public static List<Integer> statuses(List<Callable<Integer>> requests) throws InterruptedException, ExecutionException {
        List<Integer> statuses = new ArrayList<>(run(requests));
        statuses.sort(Integer::compare);
        return statuses;
    }
}
