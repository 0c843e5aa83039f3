package org.bodywork.it;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** Calls run side by side, for the tests of what happens when people act at the same moment. */
public final class Concurrently {

    private Concurrently() {}

    /** Runs every call at once, released together by a latch; answers in the calls' order. */
    public static <T> List<T> together(List<Callable<T>> calls) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(calls.size());
        try {
            CountDownLatch ready = new CountDownLatch(calls.size());
            CountDownLatch go = new CountDownLatch(1);
            List<Future<T>> futures = new ArrayList<>();
            for (Callable<T> call : calls) {
                futures.add(pool.submit(() -> {
                    ready.countDown();
                    go.await();
                    return call.call();
                }));
            }
            ready.await();
            go.countDown();
            return answers(futures);
        } finally {
            pool.shutdownNow();
        }
    }

    /** Runs the calls on a few threads (set-up work, not a race); answers in the calls' order. */
    public static <T> List<T> onThreads(int threads, List<Callable<T>> calls) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            return answers(pool.invokeAll(calls));
        } finally {
            pool.shutdownNow();
        }
    }

    private static <T> List<T> answers(List<Future<T>> futures) throws Exception {
        List<T> answers = new ArrayList<>();
        for (Future<T> f : futures) {
            answers.add(f.get());
        }
        return answers;
    }
}
