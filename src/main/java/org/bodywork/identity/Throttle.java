package org.bodywork.identity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Counts attempts per key (an account, an address) and blocks the key for a while once it has
 * tried too often within that while. An attempt is counted before it is checked, atomically, so
 * requests sent in parallel cannot all slip past the limit; a success takes its attempt back.
 *
 * <pre>
 * Throttle accounts = new Throttle(5, Duration.ofMinutes(15), Clock.systemUTC());
 * if (accounts.attempt("ann@example.org").isEmpty()) { // allowed: check the password
 *     if (right) accounts.succeeded("ann@example.org");
 * }
 * </pre>
 *
 * Memory is bounded: past {@code maxKeys} keys, expired entries are dropped, and if none have
 * expired the oldest counts go, so a flood of made-up keys cannot exhaust the heap.
 */
public final class Throttle {

    private record Failures(int count, Instant first, Instant blockedUntil) {}

    private final int maxFailures;
    private final Duration window;
    private final Clock clock;
    private final int maxKeys;
    private final Map<String, Failures> failures = new ConcurrentHashMap<>();

    public Throttle(int maxFailures, Duration window, Clock clock) {
        this(maxFailures, window, clock, 100_000);
    }

    Throttle(int maxFailures, Duration window, Clock clock, int maxKeys) {
        this.maxFailures = maxFailures;
        this.window = window;
        this.clock = clock;
        this.maxKeys = maxKeys;
    }

    /** When the key may try again, if it is blocked now. */
    public Optional<Instant> blockedUntil(String key) {
        Failures f = failures.get(key);
        Instant now = clock.instant();
        return f == null || f.blockedUntil() == null || !now.isBefore(f.blockedUntil())
                ? Optional.empty()
                : Optional.of(f.blockedUntil());
    }

    /**
     * Counts an attempt, unless the key is blocked. Returns when the key is blocked until if it was
     * already blocked (the attempt must not go ahead); empty when the attempt may go ahead. The
     * attempt that reaches the limit may go ahead, and blocks the ones after it.
     */
    public Optional<Instant> attempt(String key) {
        Instant now = clock.instant();
        Instant[] refused = new Instant[1];
        failures.compute(key, (k, f) -> {
            if (f == null || expired(f, now)) {
                f = new Failures(0, now, null);
            }
            if (f.blockedUntil() != null) {
                refused[0] = f.blockedUntil();
                return f;
            }
            int count = f.count() + 1;
            return new Failures(count, f.first(), count >= maxFailures ? now.plus(window) : null);
        });
        if (failures.size() > maxKeys) {
            prune(now);
        }
        return Optional.ofNullable(refused[0]);
    }

    /** The key's owner proved who they are: forget its count. */
    public void succeeded(String key) {
        failures.remove(key);
    }

    /** Takes back one counted attempt that turned out fine, without forgetting the others; a block stands. */
    public void release(String key) {
        failures.computeIfPresent(key, (k, f) -> {
            if (f.blockedUntil() != null) {
                return f;
            }
            return f.count() <= 1 ? null : new Failures(f.count() - 1, f.first(), null);
        });
    }

    private boolean expired(Failures f, Instant now) {
        return f.blockedUntil() != null
                ? !now.isBefore(f.blockedUntil())
                : !now.isBefore(f.first().plus(window));
    }

    private void prune(Instant now) {
        failures.values().removeIf(f -> expired(f, now));
        if (failures.size() > maxKeys) {
            failures.entrySet().stream()
                    .filter(e -> e.getValue().blockedUntil() == null)
                    .sorted(Map.Entry.comparingByValue((a, b) -> a.first().compareTo(b.first())))
                    .limit(failures.size() - maxKeys)
                    .map(Map.Entry::getKey)
                    .toList()
                    .forEach(failures::remove);
        }
    }

    int size() {
        return failures.size();
    }
}
