package org.bodywork.identity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Counts failures per key (an account, an address) and blocks the key for a while once it has
 * failed too often within that while. A success clears the key's count.
 *
 * <pre>
 * Throttle accounts = new Throttle(5, Duration.ofMinutes(15), Clock.systemUTC());
 * accounts.failed("ann@example.org");
 * accounts.blockedUntil("ann@example.org"); // empty until the fifth failure
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

    /** Records a failure; returns when the key is blocked until, if this failure blocked it. */
    public Optional<Instant> failed(String key) {
        Instant now = clock.instant();
        Failures updated = failures.compute(key, (k, f) -> {
            if (f == null || expired(f, now)) {
                f = new Failures(0, now, null);
            }
            int count = f.count() + 1;
            return new Failures(count, f.first(), count >= maxFailures ? now.plus(window) : null);
        });
        if (failures.size() > maxKeys) {
            prune(now);
        }
        return Optional.ofNullable(updated.blockedUntil());
    }

    public void succeeded(String key) {
        failures.remove(key);
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
