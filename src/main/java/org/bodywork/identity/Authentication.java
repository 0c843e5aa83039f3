package org.bodywork.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * How people prove who they are: the sign-in form and its session for pages ({@link PageSessions}),
 * Basic or a token for {@code /api/} ({@link ApiCredentials}), which never creates a session. Jakarta
 * Security allows one mechanism per application, hence this one, which chooses between them and
 * answers "try again shortly" when the database that both need is out of reach.
 */
@ApplicationScoped
public class Authentication implements HttpAuthenticationMechanism {

    private static final java.util.logging.Logger LOG =
            java.util.logging.Logger.getLogger(Authentication.class.getName());

    @Inject
    PageSessions pages;

    @Inject
    ApiCredentials api;

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
        return request.getServletPath().startsWith("/api/")
                ? api.validate(request, response, context)
                : pages.validate(request, context);
    }
}
