package org.bodywork.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import org.bodywork.shared.ClientAddress;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Signing in on the pages and the session that keeps it: the identity lives in the HTTP session,
 * under a new session id, for the idle time and at most the absolute lifetime, and ends on every
 * server when its account is closed or its password or e-mail changes. The code page finishes a
 * sign-in with two steps ({@link SecondStepBacking}).
 */
@ApplicationScoped
public class PageSessions {

    static final String SIGNED_IN = "bodywork.signedIn";
    /** Session attribute: when its account signed in, for the absolute lifetime. */
    static final String SINCE = "bodywork.signedInAt";
    /**
     * Session attribute: when the person last proved who they are in it, if later than signing in
     * (they changed their password or e-mail address here, which ends the account's other sessions).
     */
    static final String VERIFIED = "bodywork.verifiedAt";
    /** Session attribute: its last request, for the idle timeout. */
    static final String SEEN = "bodywork.seenAt";
    /** Session attribute: the password was right, the code is still to come. */
    static final String PENDING = "bodywork.pendingCode";
    /** Request attribute: the sign-in page should move on to the code page. */
    static final String NEEDS_CODE = "bodywork.needsCode";

    /** A sign-in waiting for its second step, and since when (it lapses after 5 minutes). */
    record Pending(SignIn.Signed signed, Instant since) implements java.io.Serializable {
        boolean lapsed(Instant now) {
            return now.isAfter(since.plus(Duration.ofMinutes(5)));
        }
    }

    /** Request attribute telling the sign-in page why an attempt failed. */
    static final String REFUSAL = "bodywork.refusal";

    @Inject
    SignIn signIn;

    @Inject
    MfaService mfa;

    /**
     * Asked on every request of a session, so that closing an account, or changing its password,
     * ends its sessions on every server.
     */
    @Inject
    AccountService accounts;

    /** Request header a test server reads as the time (see {@link #now}). */
    static final String AS_IF = "X-Bodywork-Test-Now";

    @Inject
    @ConfigProperty(name = "bodywork.clock.adjustable", defaultValue = "false")
    boolean adjustable;

    @Inject
    @ConfigProperty(name = "bodywork.session.idle-minutes", defaultValue = "30")
    int idleMinutes;

    @Inject
    @ConfigProperty(name = "bodywork.session.max-hours", defaultValue = "12")
    int maxHours;

    /** Keeps the identity in the session, from now, for the configured idle time. */
    void signedIn(HttpSession session, SignIn.Signed signed) {
        session.removeAttribute(PENDING);
        session.removeAttribute(VERIFIED);
        session.removeAttribute(SEEN);
        session.setAttribute(SIGNED_IN, signed);
        session.setAttribute(SINCE, Instant.now());
        session.setMaxInactiveInterval(policy().idleSeconds());
    }

    /**
     * The caller proved who they are again, in this session, changing their password or e-mail: the
     * session goes on (under a new id, and the new address), though its account's others end. Its
     * absolute lifetime still counts from signing in.
     */
    void reverified(HttpServletRequest request, SignIn.Signed signed) {
        request.changeSessionId();
        HttpSession session = request.getSession();
        session.setAttribute(SIGNED_IN, signed);
        session.setAttribute(VERIFIED, Instant.now());
    }

    /**
     * Now; on a test server ({@code bodywork.clock.adjustable}) the request may say it is later, which
     * is how a test reaches the end of a 12-hour session without waiting 12 hours.
     */
    private Instant now(HttpServletRequest request) {
        String asIf = adjustable ? request.getHeader(AS_IF) : null;
        if (asIf != null) {
            try {
                return Instant.parse(asIf);
            } catch (java.time.format.DateTimeParseException e) {
                // not a time: the real one
            }
        }
        return Instant.now();
    }

    private static Instant verified(HttpSession session, Instant since) {
        return session.getAttribute(VERIFIED) instanceof Instant at ? at : since;
    }

    private SessionPolicy policy() {
        return new SessionPolicy(Duration.ofMinutes(idleMinutes), Duration.ofHours(maxHours));
    }

    /** A page request: a sign-in to check, or a session to go on with, or a page that needs one. */
    AuthenticationStatus validate(HttpServletRequest request, HttpMessageContext context) {
        if (context.isAuthenticationRequest()
                && context.getAuthParameters().getCredential() instanceof UsernamePasswordCredential credential) {
            return signIn(request, context, credential);
        }
        boolean expired = false;
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(SIGNED_IN) instanceof SignIn.Signed signed) {
            if (goesOn(session, signed, now(request))) {
                return signed.admit(context);
            }
            // Idle or past its lifetime, or its account closed: signed out, and the sign-in page says why.
            session.invalidate();
            expired = true;
        }
        if (context.isProtected()) {
            String target =
                    request.getRequestURI().substring(request.getContextPath().length());
            if (request.getQueryString() != null) {
                target += "?" + request.getQueryString();
            }
            return context.redirect(request.getContextPath() + "/login?" + (expired ? "expired&" : "") + "next="
                    + URLEncoder.encode(target, StandardCharsets.UTF_8));
        }
        return context.doNothing();
    }

    /** The sign-in form's e-mail and password: signed in under a new session id, or half, or refused. */
    private AuthenticationStatus signIn(
            HttpServletRequest request, HttpMessageContext context, UsernamePasswordCredential credential) {
        SignIn.Result result = signIn.attempt(
                credential.getCaller(), credential.getPasswordAsString(), ClientAddress.of(request), false);
        if (!(result instanceof SignIn.Signed signed)) {
            request.setAttribute(REFUSAL, result);
            return AuthenticationStatus.SEND_FAILURE;
        }
        request.getSession(true);
        request.changeSessionId();
        HttpSession session = request.getSession();
        if (mfa.enabledFor(signed.email())) {
            // Half signed in: the code page finishes it (SecondStepBacking).
            session.setAttribute(PENDING, new Pending(signed, Instant.now()));
            request.setAttribute(NEEDS_CODE, Boolean.TRUE);
            return AuthenticationStatus.SEND_FAILURE;
        }
        signedIn(session, signed);
        if (mfa.requiredFor(signed.roles())) {
            session.setAttribute(MfaGate.SETUP_REQUIRED, Boolean.TRUE);
        }
        return signed.admit(context);
    }

    /** Whether a signed-in session goes on: within its lifetime, not idle, its account open. */
    private boolean goesOn(HttpSession session, SignIn.Signed signed, Instant now) {
        if (session.getAttribute(SINCE) instanceof Instant since
                && !policy().over(since, now)
                && !policy().idle(session.getAttribute(SEEN) instanceof Instant seen ? seen : since, now)
                && accounts.open(signed.email(), verified(session, since))) {
            session.setAttribute(SEEN, now);
            return true;
        }
        return false;
    }
}
