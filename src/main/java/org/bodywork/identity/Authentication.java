package org.bodywork.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import org.bodywork.shared.ApiError;
import org.bodywork.shared.ClientAddress;
import org.bodywork.shared.Words;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How people prove who they are: a sign-in form for pages (the identity is then kept in the HTTP
 * session, under a new session id) and HTTP Basic with e-mail and password for {@code /api/}, which
 * never creates a session. Jakarta Security allows one mechanism per application, hence both here.
 */
@ApplicationScoped
public class Authentication implements HttpAuthenticationMechanism {

    private static final java.util.logging.Logger LOG =
            java.util.logging.Logger.getLogger(Authentication.class.getName());

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

    static final String TWO_STEPS = Words.text("identity.api-needs-token");

    @Inject
    SignIn signIn;

    @Inject
    ApiTokens tokens;

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

    @Override
    public AuthenticationStatus validateRequest(
            HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        try {
            return validate(request, response, context);
        } catch (RuntimeException e) {
            if (!org.bodywork.shared.DatabaseFailure.outOfReach(e)) {
                throw e;
            }
            // Checking who is asking needs the database: while it is out of reach (restarting, say),
            // answer "try again shortly" rather than a bare 500 from the container.
            LOG.warning(() -> "Cannot check who is asking: the database is out of reach (" + e + ")");
            try {
                response.setStatus(503);
                response.setHeader("Retry-After", "5");
                boolean api = request.getServletPath().startsWith("/api/");
                response.setContentType(api ? "application/json" : "text/plain");
                response.setCharacterEncoding("UTF-8");
                String said = org.bodywork.shared.Words.text("shared.database-out-of-reach");
                response.getWriter().write(api ? new org.bodywork.shared.ApiError("unavailable", said).toJson() : said);
            } catch (java.io.IOException lost) {
                // The caller has gone.
            }
            return AuthenticationStatus.SEND_CONTINUE;
        }
    }

    private AuthenticationStatus validate(
            HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        // The servlet path is normalised by the container; the raw URI can hide "/api" behind ";x".
        if (request.getServletPath().startsWith("/api/")) {
            return api(request, response, context);
        }
        if (context.isAuthenticationRequest()
                && context.getAuthParameters().getCredential() instanceof UsernamePasswordCredential credential) {
            SignIn.Result result = signIn.attempt(
                    credential.getCaller(), credential.getPasswordAsString(), ClientAddress.of(request), false);
            if (result instanceof SignIn.Signed signed) {
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
                return context.notifyContainerAboutLogin(signed.email(), signed.roles());
            }
            request.setAttribute(REFUSAL, result);
            return AuthenticationStatus.SEND_FAILURE;
        }
        boolean expired = false;
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(SIGNED_IN) instanceof SignIn.Signed signed) {
            Instant now = now(request);
            if (session.getAttribute(SINCE) instanceof Instant since
                    && !policy().over(since, now)
                    && !policy().idle(session.getAttribute(SEEN) instanceof Instant seen ? seen : since, now)
                    && accounts.open(signed.email(), verified(session, since))) {
                session.setAttribute(SEEN, now);
                return context.notifyContainerAboutLogin(signed.email(), signed.roles());
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

    private AuthenticationStatus api(
            HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        String header = request.getHeader("Authorization");
        if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            Optional<SignIn.Signed> signed = tokens.signedBy(header.substring(7).trim());
            if (signed.isPresent()) {
                return context.notifyContainerAboutLogin(
                        signed.get().email(), signed.get().roles());
            }
            return refuseBearer(
                    response, 401, new ApiError("unauthorized", Words.text("identity.token-does-not-work")));
        }
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return context.doNothing();
        }
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            decoded = "";
        }
        int colon = decoded.indexOf(':');
        SignIn.Result result = colon < 0
                ? new SignIn.Refused()
                : signIn.attempt(decoded.substring(0, colon), decoded.substring(colon + 1), ClientAddress.of(request));
        if (result instanceof SignIn.Signed signed) {
            if (mfa.enabledFor(signed.email())) {
                // The password alone is one step of two: the API wants a token made with both.
                return refuseBearer(response, 401, new ApiError("two_step_required", TWO_STEPS));
            }
            if (mfa.requiredFor(signed.roles())) {
                // As the pages send such an account to set it up first, the API lets it do nothing.
                return refuseBearer(response, 401, new ApiError("two_step_setup_required", ApiTokens.SET_UP_FIRST));
            }
            return context.notifyContainerAboutLogin(signed.email(), signed.roles());
        }
        if (result instanceof SignIn.Blocked blocked) {
            long seconds =
                    Math.max(1, Duration.between(Instant.now(), blocked.until()).toSeconds());
            response.setHeader("Retry-After", String.valueOf(seconds));
            return refuse(response, 429, new ApiError("too_many_attempts", SignIn.blockedMessage(blocked.until())));
        }
        response.setHeader("WWW-Authenticate", "Basic realm=\"Bodywork\", charset=\"UTF-8\"");
        return refuse(response, 401, new ApiError("unauthorized", SignIn.REFUSED_MESSAGE));
    }

    /** A 401 that tells the client to come back with an API token. */
    private static AuthenticationStatus refuseBearer(HttpServletResponse response, int status, ApiError error) {
        response.setHeader("WWW-Authenticate", "Bearer realm=\"Bodywork\"");
        return refuse(response, status, error);
    }

    private static AuthenticationStatus refuse(HttpServletResponse response, int status, ApiError error) {
        try {
            response.setStatus(status);
            response.setContentType("application/json");
            response.setCharacterEncoding("UTF-8");
            response.getWriter().write(error.toJson());
            response.flushBuffer();
        } catch (IOException e) {
            // The client went away; there is nobody left to tell.
        }
        return AuthenticationStatus.SEND_FAILURE;
    }
}
