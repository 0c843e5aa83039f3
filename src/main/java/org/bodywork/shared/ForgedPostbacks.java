package org.bodywork.shared;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.logging.Logger;

/**
 * A form post whose PrimeFaces script nonce is missing or stale was not sent by one of our pages as
 * served (a replay, a scanner, a page left open across a restart). PrimeFaces refuses it with an
 * exception, and the error page, being the same post, fails again: without this filter the answer is
 * a bare 500. It becomes a 400 with a short page that says to reload. Also on forwards and error
 * dispatches, where the error pages are rendered.
 */
@WebFilter(
        urlPatterns = "/*",
        dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.FORWARD, DispatcherType.ERROR})
public class ForgedPostbacks extends HttpFilter {

    private static final Logger LOG = Logger.getLogger(ForgedPostbacks.class.getName());

    static final String PAGE = "<!DOCTYPE html><html lang=\"en-GB\"><head><meta charset=\"utf-8\"><title>"
            + Words.text("forged.title") + "</title></head><body><h1>" + Words.text("forged.title") + "</h1><p>"
            + Words.text("forged.text") + "</p></body></html>";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        try {
            chain.doFilter(request, response);
        } catch (ServletException | RuntimeException e) {
            if (!forged(e) || response.isCommitted()) {
                throw e;
            }
            LOG.info(() -> "Refused a form post with a missing or stale script nonce: " + request.getMethod() + " "
                    + request.getRequestURI());
            refuse(response);
        }
    }

    /** Answers a post that no page of ours sent with a 400 and a page that says to reload. */
    public static void refuse(HttpServletResponse response) throws IOException {
        response.reset();
        response.setStatus(400);
        response.setContentType("text/html;charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Content-Security-Policy", SecurityHeaders.NOTHING);
        response.getWriter().write(PAGE);
    }

    /** Thrown by PrimeFaces' nonce check: its CspException, or whatever a garbled nonce makes it throw. */
    private static boolean forged(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t.getClass().getName().startsWith("org.primefaces.csp.")
                    || (t.getStackTrace().length > 0
                            && java.util.Arrays.stream(t.getStackTrace())
                                    .limit(4)
                                    .anyMatch(f -> f.getClassName().startsWith("org.primefaces.csp.")))) {
                return true;
            }
        }
        return false;
    }
}
