package org.bodywork.identity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;

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
 * The counts live in a {@link Store}: in memory for one server (and the unit tests), or in the
 * database ({@code SharedCounts}), so that every server of a cluster counts the same attempts and
 * two servers do not double the allowance (issue 23, M1). In memory, past {@code maxKeys} keys,
 * expired entries are dropped, and if none have expired the oldest counts go, so a flood of made-up
 * keys cannot exhaust the heap.
 */
public final class Throttle {

    /** A key's count: how many attempts since {@code first}, and until when it is blocked, if it is. */
    public record Failures(int count, Instant first, Instant blockedUntil) {}

    /** Where the counts are kept; each change of a key is atomic. */
    public interface Store {

        Failures get(String key);

        /** Applies the change to the key's count (null when it has none) atomically; a null result removes it. */
        void update(String key, UnaryOperator<Failures> change);

        /**
         * Drops the expired counts of one throttle (its keys start with {@code name}; throttles of
         * different windows share a store); the in-memory store also keeps at most its number of keys.
         */
        void prune(String name, Instant now, Duration window);
    }

    private final String name;
    private final int maxFailures;
    private final Duration window;
    private final Clock clock;
    private final Store store;

    public Throttle(int maxFailures, Duration window, Clock clock) {
        this(maxFailures, window, clock, 100_000);
    }

    Throttle(int maxFailures, Duration window, Clock clock, int maxKeys) {
        this("", maxFailures, window, clock, new InMemory(maxKeys));
    }

    /** A throttle of its own {@code name} (a prefix of its keys) in a shared store. */
    public Throttle(String name, int maxFailures, Duration window, Clock clock, Store store) {
        this.name = name;
        this.maxFailures = maxFailures;
        this.window = window;
        this.clock = clock;
        this.store = store;
    }

    /** When the key may try again, if it is blocked now. */
    public Optional<Instant> blockedUntil(String key) {
        Failures f = store.get(name + key);
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
        store.update(name + key, f -> {
            refused[0] = null; // a store may apply the change again after a conflict
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
        if (pruneDue()) {
            store.prune(name, now, window);
        }
        return Optional.ofNullable(refused[0]);
    }

    /** The key's owner proved who they are: forget its count. */
    public void succeeded(String key) {
        store.update(name + key, f -> null);
    }

    /** Takes back one counted attempt that turned out fine, without forgetting the others; a block stands. */
    public void release(String key) {
        store.update(name + key, f -> {
            if (f == null || f.blockedUntil() != null) {
                return f;
            }
            return f.count() <= 1 ? null : new Failures(f.count() - 1, f.first(), null);
        });
    }

    private boolean expired(Failures f, Instant now) {
        return expired(f, now, window);
    }

    /** Whether a count is over: its block has ended, or, unblocked, its window has passed. */
    static boolean expired(Failures f, Instant now, Duration window) {
        return f.blockedUntil() != null
                ? !now.isBefore(f.blockedUntil())
                : !now.isBefore(f.first().plus(window));
    }

    /** About one attempt in a hundred also drops expired counts, so a store stays small. */
    private static boolean pruneDue() {
        return java.util.concurrent.ThreadLocalRandom.current().nextInt(100) == 0;
    }

    int size() {
        return store instanceof InMemory m ? m.failures.size() : -1;
    }

    /** The counts of one server, in its memory. */
    static final class InMemory implements Store {

        private final int maxKeys;
        private final Map<String, Failures> failures = new ConcurrentHashMap<>();

        InMemory(int maxKeys) {
            this.maxKeys = maxKeys;
        }

        @Override
        public Failures get(String key) {
            return failures.get(key);
        }

        @Override
        public void update(String key, UnaryOperator<Failures> change) {
            failures.compute(key, (k, f) -> change.apply(f));
            if (failures.size() > maxKeys) {
                dropOldest();
            }
        }

        @Override
        public void prune(String name, Instant now, Duration window) {
            failures.entrySet().removeIf(e -> e.getKey().startsWith(name) && expired(e.getValue(), now, window));
            dropOldest();
        }

        /** Over the limit of keys, the oldest counts that block nothing go; a block stays. */
        private void dropOldest() {
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
    }
}
