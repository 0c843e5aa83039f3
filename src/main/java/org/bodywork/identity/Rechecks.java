package org.bodywork.identity;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Counts wrong passwords where a signed-in person is asked for theirs again (to change it or their
 * address, to turn two-step sign-in off, to be erased), per account, as sign-ins are counted: a
 * stolen session or token cannot guess the password behind it (issue 23, M3).
 */
@ApplicationScoped
public class Rechecks {

    @Inject
    @ConfigProperty(name = "bodywork.signin.account-failures", defaultValue = "5")
    int failures;

    @Inject
    @ConfigProperty(name = "bodywork.signin.lock-minutes", defaultValue = "15")
    int lockMinutes;

    @Inject
    SharedCounts counts;

    private Throttle byAccount;

    @PostConstruct
    void init() {
        byAccount = new Throttle("recheck:", failures, Duration.ofMinutes(lockMinutes), Clock.systemUTC(), counts);
    }

    /** Counts a re-check before it is made; present when the account has had its tries. */
    Optional<java.time.Instant> attempt(long accountId) {
        return byAccount.attempt(key(accountId));
    }

    /** Whether the attempt just counted was the last one allowed. */
    boolean exhausted(long accountId) {
        return byAccount.blockedUntil(key(accountId)).isPresent();
    }

    void succeeded(long accountId) {
        byAccount.succeeded(key(accountId));
    }

    private static String key(long accountId) {
        return Long.toString(accountId);
    }
}
