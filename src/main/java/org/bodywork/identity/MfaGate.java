package org.bodywork.identity;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.List;

/**
 * A therapist or admin signed in without two-step sign-in is sent to set it up before anything
 * else: every page but the set-up page (and what pages need to load) redirects there.
 */
@WebFilter("/*")
public class MfaGate extends HttpFilter {

    /** Session attribute: this account must set up two-step sign-in first. */
    static final String SETUP_REQUIRED = "bodywork.mfaSetupRequired";

    static final String SETUP_PAGE = "/account/security";

    private static final List<String> OPEN = List.of(
            SETUP_PAGE,
            "/jakarta.faces.resource/",
            "/resources/",
            "/api/",
            "/login",
            "/signout",
            "/error/",
            "/index",
            "/");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(SETUP_REQUIRED) != null && !open(request.getServletPath())) {
            response.sendRedirect(request.getContextPath() + SETUP_PAGE + "?required");
            return;
        }
        chain.doFilter(request, response);
    }

    private static boolean open(String path) {
        if (path.isEmpty()) {
            return true;
        }
        return OPEN.stream()
                .anyMatch(p -> p.endsWith("/") && p.length() > 1
                        ? path.startsWith(p)
                        : path.equals(p) || path.equals(p + ".xhtml"));
    }
}
