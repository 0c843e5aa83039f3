package org.bodywork.shared;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * A request that reached the practice's proxy over HTTPS is an HTTPS request here too, though the
 * proxy passed it on in plain HTTP: {@code isSecure()} (so {@link SecurityHeaders} sends HSTS), the
 * scheme and port, and the address JAX-RS builds its {@code Location} headers from. Payara's own
 * {@code scheme-mapping} would believe the header from anyone; this believes it from
 * {@code bodywork.proxies} alone ({@link ClientAddress#forwardedHttps}). Declared in web.xml, so
 * that it comes before the filters that read the scheme.
 */
public class ForwardedHttps extends HttpFilter {

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        chain.doFilter(
                !request.isSecure() && ClientAddress.forwardedHttps(request) ? new Https(request) : request, response);
    }

    private static final class Https extends HttpServletRequestWrapper {

        Https(HttpServletRequest request) {
            super(request);
        }

        @Override
        public boolean isSecure() {
            return true;
        }

        @Override
        public String getScheme() {
            return "https";
        }

        @Override
        public int getServerPort() {
            String host = getHeader("Host");
            int colon = host == null ? -1 : host.lastIndexOf(':');
            if (colon > 0 && host.indexOf(']', colon) < 0) {
                try {
                    return Integer.parseInt(host.substring(colon + 1));
                } catch (NumberFormatException e) {
                    return 443;
                }
            }
            return 443;
        }

        @Override
        public StringBuffer getRequestURL() {
            StringBuffer url = new StringBuffer("https://").append(getServerName());
            int port = getServerPort();
            if (port != 443) {
                url.append(':').append(port);
            }
            return url.append(getRequestURI());
        }
    }
}
