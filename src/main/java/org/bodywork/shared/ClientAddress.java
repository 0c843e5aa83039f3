package org.bodywork.shared;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The address a request came from, for sign-in throttling and the audit log: the connection's own,
 * or, when the connection is from a reverse proxy named in {@code bodywork.proxies} (nginx in front
 * of a cluster), the address that proxy saw. Only what trusted proxies appended to
 * {@code X-Forwarded-For} is believed: the header is read from the right, past the trusted proxies,
 * so an address a client wrote into it itself is never taken.
 *
 * <pre>
 * ClientAddress.of("10.0.0.5", "203.0.113.9, 198.51.100.7", Set.of("10.0.0.5")) // "198.51.100.7"
 * </pre>
 */
public final class ClientAddress {

    /** Read at first use, from the application's configuration (none in unit tests). */
    private static final class Proxies {
        static final Set<String> TRUSTED = Arrays.stream(ConfigProvider.getConfig(ClientAddress.class.getClassLoader())
                        .getOptionalValue("bodywork.proxies", String.class)
                        .orElse("")
                        .split(","))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .collect(Collectors.toUnmodifiableSet());
    }

    private ClientAddress() {}

    public static String of(HttpServletRequest request) {
        return of(request.getRemoteAddr(), request.getHeader("X-Forwarded-For"), Proxies.TRUSTED);
    }

    static String of(String remote, String forwardedFor, Set<String> proxies) {
        if (!proxies.contains(remote) || forwardedFor == null) {
            return remote;
        }
        String[] hops = forwardedFor.split(",");
        for (int i = hops.length - 1; i >= 0; i--) {
            String hop = hops[i].strip();
            if (!proxies.contains(hop)) {
                // An address, or the proxy's own if what stands there is not one.
                return hop.length() <= 45 && hop.matches("[0-9A-Fa-f:.]+") ? hop : remote;
            }
        }
        return remote;
    }
}
