package org.bodywork.shared;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;

/**
 * The headers every response carries. Pages get their Content-Security-Policy from PrimeFaces
 * ({@code primefaces.CSP} in web.xml), which adds a fresh script nonce to each; everything else
 * (the API, files, feeds) is not meant to run in a browser at all and gets a policy that allows
 * nothing. Nothing but the style sheets, scripts and images of the pages may be cached: every other
 * response may hold personal or health data.
 */
@WebFilter(
        urlPatterns = "/*",
        dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.ERROR})
public class SecurityHeaders extends HttpFilter {

    /** For responses that are data, not pages. */
    static final String NOTHING = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getServletPath();
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "same-origin");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=()");
        response.setHeader("Cross-Origin-Opener-Policy", "same-origin");
        // The server compresses for a client that asks (docker/single-node.asadmin): a cache that
        // keeps a public answer must keep one per encoding.
        response.setHeader("Vary", "Accept-Encoding");
        if (request.isSecure()) {
            response.setHeader("Strict-Transport-Security", "max-age=31536000");
        }
        if (!static_(path)) {
            response.setHeader("Cache-Control", "no-store");
            response.setHeader("Pragma", "no-cache");
        } else if (request.getParameter("v") != null) {
            // A library's resource with its version in the address (PrimeFaces' scripts and styles):
            // a new version is a new address, so a browser never needs to ask again. Faces would set
            // a week; it is kept from doing so.
            response.setHeader("Cache-Control", "public, max-age=31536000, immutable");
            chain.doFilter(request, new HeldHeaders(response, "Cache-Control", "Expires"));
            return;
        }
        if (data(path)) {
            response.setHeader("Content-Security-Policy", NOTHING);
            chain.doFilter(request, new ErrorPages(response));
            return;
        }
        chain.doFilter(request, response);
    }

    /**
     * A data response that fails becomes an error page, which needs its styles and gets its own
     * policy from PrimeFaces: the data policy steps back to the one directive both share, since a
     * browser applies every policy header it is sent.
     */
    private static final class ErrorPages extends HttpServletResponseWrapper {

        ErrorPages(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void sendError(int sc) throws IOException {
            setHeader("Content-Security-Policy", "frame-ancestors 'none'");
            super.sendError(sc);
        }

        @Override
        public void sendError(int sc, String msg) throws IOException {
            setHeader("Content-Security-Policy", "frame-ancestors 'none'");
            super.sendError(sc, msg);
        }
    }

    /** The pages' own style sheets, scripts and images: the same for everyone. */
    static boolean static_(String path) {
        return path.startsWith("/jakarta.faces.resource/") || path.startsWith("/resources/");
    }

    /** Responses that are data rather than pages, served by JAX-RS or a plain servlet. */
    static boolean data(String path) {
        return path.startsWith("/api/")
                || path.startsWith("/calendar/")
                || path.startsWith("/files/")
                || path.equals("/photos")
                || path.equals("/notes/pdf")
                || path.equals("/therapist/letter")
                || path.startsWith("/openapi")
                || path.startsWith("/health")
                || path.startsWith("/metrics");
    }
}
