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

    /**
     * Whether the client reached a trusted proxy over HTTPS: {@code X-Forwarded-Proto} from anyone
     * else is ignored, as {@code X-Forwarded-For} is.
     */
    public static boolean forwardedHttps(HttpServletRequest request) {
        return forwardedHttps(request.getRemoteAddr(), request.getHeader("X-Forwarded-Proto"), Proxies.TRUSTED);
    }

    static boolean forwardedHttps(String remote, String forwardedProto, Set<String> proxies) {
        // A chain of proxies lists each hop's scheme; the client's is the first.
        return proxies.contains(remote)
                && forwardedProto != null
                && forwardedProto.split(",")[0].strip().equalsIgnoreCase("https");
    }

    /**
     * What a throttle counts an address by: an IPv4 address itself, an IPv6 address by its /64, the
     * network one subscriber is given (counted whole, each of its addresses would be a new start).
     */
    public static String network(String address) {
        if (address == null || address.indexOf(':') < 0 || !address.matches("[0-9A-Fa-f:.]+")) {
            return address;
        }
        try {
            byte[] bytes = java.net.InetAddress.getByName(address).getAddress();
            if (bytes.length != 16) {
                return address;
            }
            StringBuilder prefix = new StringBuilder();
            for (int i = 0; i < 8; i += 2) {
                prefix.append(Integer.toHexString(((bytes[i] & 0xff) << 8) | (bytes[i + 1] & 0xff)))
                        .append(':');
            }
            return prefix.append(":/64").toString();
        } catch (java.net.UnknownHostException e) {
            return address;
        }
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
