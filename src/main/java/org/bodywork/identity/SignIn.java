package org.bodywork.identity;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.bodywork.audit.AuditEvent;
import org.bodywork.audit.AuditLog;
import org.bodywork.shared.ClientAddress;
import org.bodywork.shared.Words;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Checks an e-mail and password, throttling repeated failures per account and per address, and
 * remembering a success for a minute so that HTTP Basic API calls do not each pay for PBKDF2.
 */
@ApplicationScoped
public class SignIn {

    private static final Logger LOG = Logger.getLogger(SignIn.class.getName());
    private static final Duration REMEMBER = Duration.ofSeconds(60);
    private static final int MAX_REMEMBERED = 10_000;

    /** How an attempt ended. */
    public sealed interface Result permits Signed, Refused, Blocked {}

    /** Signed in: who, and with which roles. Kept in the HTTP session of a page sign-in. */
    public record Signed(long id, String email, String name, Set<String> roles) implements Result, Serializable {

        /**
         * Tells the container who is calling, and the audit log their account's number, which stays
         * theirs when the e-mail address changes or is given to someone else (issue 23, M8).
         */
        jakarta.security.enterprise.AuthenticationStatus admit(
                jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext context) {
            context.getRequest().setAttribute(org.bodywork.audit.AuditLog.ACTOR_ID, id);
            return context.notifyContainerAboutLogin(email, roles);
        }
    }

    public record Refused() implements Result {}

    public record Blocked(Instant until) implements Result {}

    public static final String REFUSED_MESSAGE = Words.text("identity.that-e-mail-address-and");
    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("HH:mm").withZone(ZoneId.of("Europe/London"));

    /** Tells a person when a blocked sign-in may be tried again, in UK time. */
    public static String blockedMessage(Instant until) {
        return Words.text("identity.blocked", TIME.format(until));
    }

    private record Remembered(Signed signed, Instant at, Instant until) {}

    @Inject
    AccountService accounts;

    @Inject
    Passwords passwords;

    @Inject
    AuditLog audit;

    @Inject
    MfaService mfa;

    @Inject
    Lockouts lockouts;

    @Inject
    SharedCounts counts;

    @Inject
    @ConfigProperty(name = "bodywork.signin.account-failures", defaultValue = "5")
    int accountFailures;

    @Inject
    @ConfigProperty(name = "bodywork.signin.address-failures", defaultValue = "20")
    int addressFailures;

    @Inject
    @ConfigProperty(name = "bodywork.signin.lock-minutes", defaultValue = "15")
    int lockMinutes;

    private final Clock clock = Clock.systemUTC();
    private final Map<String, Remembered> remembered = new ConcurrentHashMap<>();
    private final Map<String, CompletableFuture<Result>> inFlight = new ConcurrentHashMap<>();
    private Throttle byAccount;
    private Throttle byAddress;
    /** Wrong codes per account, apart: a right password must not clear them (issue 23, M2). */
    private Throttle byCode;

    private SecretKeySpec rememberKey;

    @PostConstruct
    void init() {
        Duration lock = Duration.ofMinutes(lockMinutes);
        byAccount = new Throttle("account:", accountFailures, lock, clock, counts);
        // Keyed by ClientAddress.network: an IPv6 /64 is one subscriber's, so one address.
        byAddress = new Throttle("address:", addressFailures, lock, clock, counts);
        byCode = new Throttle("code:", accountFailures, lock, clock, counts);
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        rememberKey = new SecretKeySpec(key, "HmacSHA256");
    }

    /** An API call's credentials: a check of the same ones a moment ago is reused. */
    public Result attempt(String email, String password, String address) {
        return attempt(email, password, address, true);
    }

    /**
     * Checks credentials. {@code reuse}: answer from a check of the same credentials in the last
     * moments, for API clients that send them with every call; a person signing in on the page is
     * always checked (and audited) afresh.
     */
    public Result attempt(String email, String password, String address, boolean reuse) {
        String who = Email.normalize(email);
        String secret = password == null ? "" : password;
        String network = ClientAddress.network(address);
        String key = fingerprint(who, secret);
        Remembered known = remembered.get(key);
        // Asked again each time, not remembered: an account closed, or a password changed, a moment
        // ago signs in nowhere with what came before.
        if (reuse && known != null && clock.instant().isBefore(known.until()) && accounts.open(who, known.at())) {
            return known.signed();
        }
        // Asked after the credentials of a moment ago: the counts are in the database, and an API client
        // that sends the same right credentials with every call need not read them each time.
        Optional<Instant> blocked = later(byAccount.blockedUntil(who), byAddress.blockedUntil(network));
        if (blocked.isPresent()) {
            LOG.warning(() ->
                    "Refused sign-in for " + loggable(who) + " from " + address + ": blocked until " + blocked.get());
            return new Blocked(blocked.get());
        }
        // The same credentials arriving together (an API client's parallel calls when the cache
        // expires) are checked once; the others wait for that answer instead of each counting an
        // attempt, which would block the account for its own traffic.
        CompletableFuture<Result> mine = new CompletableFuture<>();
        CompletableFuture<Result> running = inFlight.putIfAbsent(key, mine);
        if (running != null) {
            return running.join();
        }
        try {
            Result result = check(who, secret, address, key);
            mine.complete(result);
            return result;
        } catch (RuntimeException e) {
            mine.completeExceptionally(e);
            throw e;
        } finally {
            inFlight.remove(key, mine);
        }
    }

    private Result check(String who, String secret, String address, String key) {
        String network = ClientAddress.network(address);
        // Count the attempt before the slow check, so parallel guesses cannot all get through.
        Optional<Instant> refused = later(byAccount.attempt(who), byAddress.attempt(network));
        if (refused.isPresent()) {
            // Audited when the block begins, not for each attempt during it: those cost nothing to
            // send, and would only fill the log.
            audit.signIn(AuditEvent.Action.SIGN_IN_BLOCKED, who, null, address);
            return new Blocked(refused.get());
        }
        Optional<Account> account = accounts.findByEmail(who).filter(Account::isActive);
        boolean matches;
        if (account.isPresent()) {
            matches = passwords.matches(secret, account.get().getPasswordHash());
        } else {
            passwords.matchNothing(secret);
            matches = false;
        }
        if (!matches) {
            Optional<Instant> now = later(byAccount.blockedUntil(who), byAddress.blockedUntil(network));
            LOG.warning(() -> "Failed sign-in for " + loggable(who) + " from " + address
                    + now.map(until -> "; blocked until " + until).orElse(""));
            audit.signIn(
                    now.isPresent() ? AuditEvent.Action.SIGN_IN_BLOCKED : AuditEvent.Action.SIGN_IN_FAILED,
                    who,
                    account.map(Account::getId).orElse(null),
                    address);
            return now.<Result>map(Blocked::new).orElseGet(Refused::new);
        }
        byAccount.succeeded(who);
        byAddress.release(network);
        Account a = account.get();
        Signed signed = new Signed(a.getId(), a.getEmail(), a.getName(), a.roleNames());
        lockouts.signingIn(a, address);
        audit.signIn(AuditEvent.Action.SIGN_IN, a.getEmail(), a.getId(), address);
        if (remembered.size() >= MAX_REMEMBERED) {
            remembered.clear();
        }
        Instant now = clock.instant();
        remembered.put(key, new Remembered(signed, now, now.plus(REMEMBER)));
        return signed;
    }

    /**
     * The second step for an account with two-step sign-in: its code, counted per account on a count
     * of its own that the right password does not clear (so signing in again does not buy more
     * guesses, on the page or at the token endpoint), and per address. The wrong code that locks
     * the step tells the owner that someone has their password.
     */
    public Result secondStep(Signed first, String code, String address) {
        String who = first.email();
        String network = ClientAddress.network(address);
        Optional<Instant> blocked = later(byCode.attempt(who), byAddress.attempt(network));
        if (blocked.isPresent()) {
            audit.signIn(AuditEvent.Action.SIGN_IN_BLOCKED, who, null, address, "code");
            return new Blocked(blocked.get());
        }
        Long id = accounts.findByEmail(who).map(Account::getId).orElse(null);
        if (!mfa.verify(who, code)) {
            Optional<Instant> locked = byCode.blockedUntil(who);
            if (locked.isPresent() && id != null) {
                lockouts.secondStepLocked(id);
            }
            Optional<Instant> now = later(locked, byAddress.blockedUntil(network));
            audit.signIn(
                    now.isPresent() ? AuditEvent.Action.SIGN_IN_BLOCKED : AuditEvent.Action.SIGN_IN_FAILED,
                    who,
                    id,
                    address,
                    "code");
            return now.<Result>map(Blocked::new).orElseGet(Refused::new);
        }
        byCode.succeeded(who);
        byAccount.succeeded(who);
        byAddress.release(network);
        audit.signIn(AuditEvent.Action.SIGN_IN, who, id, address, "code");
        return first;
    }

    /** What someone typed as an e-mail address, safe to put in one log line. */
    private static String loggable(String typed) {
        String printable = typed.replaceAll("\\p{Cntrl}", "?");
        return printable.length() > 80 ? printable.substring(0, 80) + "..." : printable;
    }

    /** Drops what is remembered for an account, e.g. when its password changes. */
    public void forget(String email) {
        String who = Email.normalize(email);
        remembered.values().removeIf(r -> r.signed().email().equals(who));
    }

    private static Optional<Instant> later(Optional<Instant> a, Optional<Instant> b) {
        if (a.isEmpty()) {
            return b;
        }
        return b.isPresent() && b.get().isAfter(a.get()) ? b : a;
    }

    private String fingerprint(String email, String password) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(rememberKey);
            byte[] digest = mac.doFinal((email + '\0' + password).getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
