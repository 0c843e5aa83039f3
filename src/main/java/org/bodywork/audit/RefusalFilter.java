package org.bodywork.audit;

import jakarta.inject.Inject;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Audits every 403: an API call or servlet that refused the caller (seen after the chain), and a
 * page whose security constraint refused them before any filter ran (seen when the container
 * dispatches to the 403 page). A request attribute keeps one refusal from being written twice.
 */
@WebFilter(
        urlPatterns = "/*",
        dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.ERROR})
public class RefusalFilter extends HttpFilter {

    static final String AUDITED = "bodywork.refusalAudited";

    @Inject
    AuditLog audit;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.getDispatcherType() == DispatcherType.ERROR) {
            if (Integer.valueOf(403).equals(request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE))) {
                record(request, (String) request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI));
            }
            chain.doFilter(request, response);
            return;
        }
        chain.doFilter(request, response);
        if (response.getStatus() == 403) {
            record(request, request.getRequestURI());
        }
    }

    private void record(HttpServletRequest request, String uri) {
        if (request.getAttribute(AUDITED) != null || request.getUserPrincipal() == null) {
            return;
        }
        request.setAttribute(AUDITED, Boolean.TRUE);
        String path = uri == null
                ? ""
                : uri.substring(Math.min(uri.length(), request.getContextPath().length()));
        audit.denied(request.getMethod() + " " + path);
    }
}
