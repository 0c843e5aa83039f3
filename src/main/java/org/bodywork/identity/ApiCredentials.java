package org.bodywork.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import org.bodywork.shared.ApiError;
import org.bodywork.shared.ClientAddress;
import org.bodywork.shared.Words;

/**
 * Who calls {@code /api/}: HTTP Basic with e-mail and password for an account without two-step
 * sign-in, a Bearer token ({@link ApiTokens}) for one with it. Never a session; a refusal is JSON.
 */
@ApplicationScoped
public class ApiCredentials {

    static final String TWO_STEPS = Words.text("identity.api-needs-token");

    @Inject
    SignIn signIn;

    @Inject
    ApiTokens tokens;

    @Inject
    MfaService mfa;

    AuthenticationStatus validate(
            HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        String header = request.getHeader("Authorization");
        if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return bearer(header.substring(7).trim(), response, context);
        }
        if (header != null && header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return basic(header.substring(6).trim(), request, response, context);
        }
        return context.doNothing();
    }

    /** A token made with e-mail, password and code ({@link ApiTokens}). */
    private AuthenticationStatus bearer(String token, HttpServletResponse response, HttpMessageContext context) {
        Optional<SignIn.Signed> signed = tokens.signedBy(token);
        if (signed.isPresent()) {
            return signed.get().admit(context);
        }
        return refuseBearer(response, 401, new ApiError("unauthorized", Words.text("identity.token-does-not-work")));
    }

    /** E-mail and password, for an account without two-step sign-in, with the sign-in page's blocks. */
    private AuthenticationStatus basic(
            String encoded, HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
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
            return signed.admit(context);
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
