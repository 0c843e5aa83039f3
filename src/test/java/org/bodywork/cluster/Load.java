package org.bodywork.cluster;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.IntFunction;

/**
 * A steady load: threads sending requests back to back, each outcome kept with its times, so that
 * what happened around a kill can be read off afterwards.
 */
final class Load {

    /** One request: what it was, when it started and ended (ms since the load began), its answer. */
    record Outcome(String name, long start, long end, int status, String body) {

        boolean failed() {
            return status < 0 || status >= 500;
        }
    }

    /** The n-th request of the load, with a name to group the figures by. */
    record Step(String name, HttpRequest request) {}

    private static final HttpClient HTTP = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2))
            .build();

    private final ConcurrentLinkedQueue<Outcome> outcomes = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final java.util.concurrent.atomic.AtomicInteger counter = new java.util.concurrent.atomic.AtomicInteger();
    private final List<Thread> threads = new ArrayList<>();
    private final long began = System.nanoTime();

    private Load() {}

    /** Starts {@code threads} threads, each sending {@code next.apply(n)} for n = 0, 1, 2, ... */
    static Load start(int threads, IntFunction<Step> next) {
        Load load = new Load();
        for (int t = 0; t < threads; t++) {
            Thread thread = new Thread(() -> {
                while (load.running.get()) {
                    Step step = next.apply(load.counter.getAndIncrement());
                    long start = load.now();
                    int status;
                    String body;
                    try {
                        HttpResponse<String> r = HTTP.send(step.request(), HttpResponse.BodyHandlers.ofString());
                        status = r.statusCode();
                        body = status == 201 || status >= 500 ? r.body() : null;
                    } catch (java.io.IOException e) {
                        status = -1;
                        body = e.toString();
                    } catch (InterruptedException e) {
                        return;
                    }
                    load.outcomes.add(new Outcome(step.name(), start, load.now(), status, body));
                }
            });
            thread.setDaemon(true);
            thread.start();
            load.threads.add(thread);
        }
        return load;
    }

    /** Milliseconds since the load began. */
    long now() {
        return (System.nanoTime() - began) / 1_000_000;
    }

    /** Stops the threads, letting the requests under way finish, and returns every outcome in order of start. */
    List<Outcome> stop() throws InterruptedException {
        running.set(false);
        for (Thread t : threads) {
            t.join(15_000);
        }
        List<Outcome> all = new ArrayList<>(outcomes);
        all.sort(java.util.Comparator.comparingLong(Outcome::start));
        return all;
    }

    static HttpRequest.Builder request(String url) {
        return HttpRequest.newBuilder(java.net.URI.create(url)).timeout(Duration.ofSeconds(10));
    }
}
