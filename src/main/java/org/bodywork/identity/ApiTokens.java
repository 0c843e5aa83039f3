package org.bodywork.identity;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.bodywork.audit.AuditEvent;
import org.bodywork.audit.AuditLog;
import org.bodywork.shared.BusinessException;
import org.bodywork.shared.Words;

/**
 * API tokens: made by proving who one is as on the sign-in page (password, then the code when the
 * account has two-step sign-in), then sent instead of the password. The transaction and security
 * boundary for them.
 */
@Stateless
public class ApiTokens {

    static final int MAX_NAME = 60;

    static final String SET_UP_FIRST = Words.text("identity.api-set-up-first");

    @PersistenceContext
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    SignIn signIn;

    @Inject
    MfaService mfa;

    @Inject
    AccountService accounts;

    @Inject
    AuditLog audit;

    /** A new token, whose secret is shown this once. */
    public record Issued(long id, String name, String token, Instant expiresAt) {}

    /** A token as its owner sees it later: never its secret. */
    public record View(
            long id, String name, Instant createdAt, Instant expiresAt, Instant lastUsedAt, boolean active) {}

    /**
     * A token for whoever gives the right e-mail, password and (with two-step sign-in) code; empty
     * when they are wrong. Every attempt counts towards the sign-in blocks, as on the page.
     */
    @PermitAll
    public Optional<Issued> issue(String email, String password, String code, String name, String address) {
        String label = name == null ? "" : name.strip();
        if (label.isEmpty() || label.length() > MAX_NAME) {
            throw BusinessException.invalid(
                    "name", Words.text("identity.name-the-token-at-most", String.valueOf(MAX_NAME)));
        }
        SignIn.Result first = signIn.attempt(email, password, address, false);
        if (first instanceof SignIn.Signed signed
                && !mfa.enabledFor(signed.email())
                && mfa.requiredFor(signed.roles())) {
            throw BusinessException.refused("two_step_setup_required", SET_UP_FIRST);
        }
        SignIn.Result result = first instanceof SignIn.Signed signed && mfa.enabledFor(signed.email())
                ? signIn.secondStep(signed, code, address)
                : first;
        if (result instanceof SignIn.Blocked blocked) {
            throw new BusinessException(
                    BusinessException.Kind.TOO_MANY, "too_many_attempts", null, SignIn.blockedMessage(blocked.until()));
        }
        if (!(result instanceof SignIn.Signed signed)) {
            return Optional.empty();
        }
        Account account = accounts.findByEmail(signed.email()).orElseThrow();
        String secret = ApiToken.fresh();
        ApiToken token = new ApiToken(account.getId(), label, secret, Instant.now());
        em.persist(token);
        em.flush();
        audit.signIn(AuditEvent.Action.API_TOKEN_MADE, account.getEmail(), account.getId(), address, label);
        return Optional.of(new Issued(token.getId(), label, secret, token.getExpiresAt()));
    }

    /** Who a token signs in, if it is one, unexpired, unrevoked, and younger than the account's last change. */
    @PermitAll
    public Optional<SignIn.Signed> signedBy(String secret) {
        if (secret == null || !secret.startsWith(ApiToken.PREFIX) || secret.length() > 100) {
            return Optional.empty();
        }
        Instant now = Instant.now();
        return em.createNamedQuery("ApiToken.byHash", ApiToken.class)
                .setParameter("hash", ApiToken.hash(secret))
                .getResultStream()
                .findFirst()
                .filter(t -> t.usable(now))
                .flatMap(t -> accounts.find(t.getAccountId())
                        .filter(a -> a.accepts(t.getCreatedAt()))
                        .map(a -> {
                            t.used(now);
                            return new SignIn.Signed(a.getId(), a.getEmail(), a.getName(), a.roleNames());
                        }));
    }

    /** The caller's tokens, newest first. */
    @RolesAllowed({Role.CLIENT_NAME, Role.THERAPIST_NAME, Role.ADMIN_NAME})
    public List<View> mine() {
        Instant now = Instant.now();
        return em.createNamedQuery("ApiToken.ofAccount", ApiToken.class)
                .setParameter("account", caller.account().getId())
                .getResultStream()
                .map(t -> new View(
                        t.getId(), t.getName(), t.getCreatedAt(), t.getExpiresAt(), t.getLastUsedAt(), t.usable(now)))
                .toList();
    }

    /** Ends one of the caller's tokens at once; another's is "not found", as if it did not exist. */
    @RolesAllowed({Role.CLIENT_NAME, Role.THERAPIST_NAME, Role.ADMIN_NAME})
    public void revoke(long id) {
        Account me = caller.account();
        ApiToken token = em.find(ApiToken.class, id);
        if (token == null || token.getAccountId() != me.getId()) {
            throw BusinessException.notFound("no_such_token", Words.text("identity.you-have-no-api-token"));
        }
        token.revoke(Instant.now());
        audit.record(AuditEvent.Action.API_TOKEN_REVOKED, AuditLog.ACCOUNT, me.getId(), me.getId(), token.getName());
    }
}
