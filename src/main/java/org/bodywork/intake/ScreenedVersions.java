package org.bodywork.intake;

import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.bodywork.screening.Result;
import org.bodywork.screening.RuleSet;

/**
 * Screenings already worked out, by everything a screening depends on: the stored version of the
 * form (never changed once stored), the rule set in force (its version and the practice's tuning of
 * it), the day it is screened for and the clearances valid that day. A list of 25 clients screened
 * them all on every view (about 0.4 ms each, most of the page; docs/PERFORMANCE.md, issue 22); a
 * second view finds them here. Nothing needs to be emptied when records change, as any change makes a
 * different key: a new version, a new clearance, a new tuning, the next day. Each server keeps its
 * own, so two nodes agree without talking; the least recently used go first.
 */
final class ScreenedVersions {

    /** About 2 kB each: the clients of a large practice's busiest day, in about 16 MB at most. */
    static final int CAPACITY = 8_192;

    static final ScreenedVersions SHARED = new ScreenedVersions(CAPACITY);

    private record Key(
            long version,
            String ruleSet,
            RuleSet.Windows windows,
            RuleSet.FirstTrimester firstTrimester,
            LocalDate day,
            List<String> cleared) {}

    private final Map<Key, Result> results;

    ScreenedVersions(int capacity) {
        this.results = new LinkedHashMap<>(capacity * 4 / 3 + 1, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Key, Result> eldest) {
                return size() > capacity;
            }
        };
    }

    /** The screening of a stored version, worked out by {@code screen} only when not already here. */
    Result of(long version, RuleSet rules, LocalDate day, Collection<String> cleared, Supplier<Result> screen) {
        Key key = new Key(
                version,
                rules.version(),
                rules.windows(),
                rules.firstTrimester(),
                day,
                cleared.stream().sorted().distinct().toList());
        synchronized (results) {
            Result known = results.get(key);
            if (known != null) {
                return known;
            }
        }
        // Screened outside the lock: two requests may both work one out, and agree.
        Result result = screen.get();
        synchronized (results) {
            results.put(key, result);
        }
        return result;
    }

    int size() {
        synchronized (results) {
            return results.size();
        }
    }
}
