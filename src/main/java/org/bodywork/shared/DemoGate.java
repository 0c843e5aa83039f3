package org.bodywork.shared;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Whether the demo may write its accounts, with their published or printed password, into a
 * database (issue 23, H1): only into a database that holds nothing yet or the demo already, on this
 * machine, and never where a real practice's admin is configured. A database elsewhere, or one that
 * holds a practice, needs a second, explicit setting as well.
 */
public final class DemoGate {

    /** The value of {@code bodywork.demo-data.acknowledge} that lets the demo onto such a database. */
    public static final String ACKNOWLEDGED = "not-a-practice";

    /** What the database holds before the demo writes anything. */
    public enum Holds {
        NOTHING,
        DEMO,
        PRACTICE
    }

    /** Domains reserved for examples and tests (RFC 2606 and RFC 6761): no practice mails from them. */
    private static final Set<String> EXAMPLE_DOMAINS = Set.of("example.org", "example.com", "example.net");

    private static final Set<String> EXAMPLE_TOP_LEVELS = Set.of("test", "example", "invalid", "localhost");

    private static final Set<String> LOOPBACK = Set.of("localhost", "127.0.0.1", "::1", "[::1]");

    private DemoGate() {}

    /**
     * Why the demo may not go ahead, in words for the start log; empty when it may.
     *
     * @param dbUrl the JDBC URL as configured
     * @param adminEmail the configured first admin's e-mail, if any
     * @param acknowledge the value of {@code bodywork.demo-data.acknowledge}, if set
     */
    public static Optional<String> refusal(
            String dbUrl, Optional<String> adminEmail, Optional<String> acknowledge, Holds holds) {
        if (adminEmail.filter(e -> !isExample(e)).isPresent()) {
            return Optional.of("a practice's admin e-mail is configured (BODYWORK_ADMIN_EMAIL=" + adminEmail.get()
                    + "), so this is a practice and not a demo; unset BODYWORK_DEMO_DATA");
        }
        boolean acknowledged =
                acknowledge.map(String::trim).filter(ACKNOWLEDGED::equals).isPresent();
        if (holds == Holds.PRACTICE && !acknowledged) {
            return Optional.of("the database holds accounts that the demo did not make, so it may be a"
                    + " practice's; unset BODYWORK_DEMO_DATA, or, if it is not a practice, also set"
                    + " BODYWORK_DEMO_DATA_ACKNOWLEDGE=" + ACKNOWLEDGED);
        }
        if (!onThisMachine(dbUrl) && !acknowledged) {
            return Optional.of("the database is not on this machine ("
                    + host(dbUrl).orElse("no host")
                    + "), and demo accounts go only into the demo's own; set"
                    + " BODYWORK_DEMO_DATA_ACKNOWLEDGE=" + ACKNOWLEDGED + " if that database is not a practice's");
        }
        return Optional.empty();
    }

    /** Whether an address belongs to a domain reserved for examples, as the demo's and the tests' do. */
    static boolean isExample(String email) {
        int at = email.lastIndexOf('@');
        String domain = email.substring(at + 1).trim().toLowerCase(Locale.ROOT);
        if (domain.endsWith(".")) {
            domain = domain.substring(0, domain.length() - 1);
        }
        for (String example : EXAMPLE_DOMAINS) {
            if (domain.equals(example) || domain.endsWith("." + example)) {
                return true;
            }
        }
        String top = domain.substring(domain.lastIndexOf('.') + 1);
        return EXAMPLE_TOP_LEVELS.contains(top);
    }

    /** Whether every host of a JDBC URL is this machine (loopback, or a local socket). */
    static boolean onThisMachine(String dbUrl) {
        Optional<String> host = host(dbUrl);
        if (host.isEmpty()) {
            return false;
        }
        for (String h : host.get().split(",")) {
            String name = withoutPort(h.trim().toLowerCase(Locale.ROOT));
            if (!LOOPBACK.contains(name) && !name.startsWith("127.")) {
                return false;
            }
        }
        return true;
    }

    private static String withoutPort(String host) {
        if (host.startsWith("[")) {
            int close = host.indexOf(']');
            return close < 0 ? host : host.substring(0, close + 1);
        }
        int colon = host.indexOf(':');
        return colon >= 0 && colon == host.lastIndexOf(':') ? host.substring(0, colon) : host;
    }

    /** The host part of {@code jdbc:mysql://host[:port][,host…]/db?…}. */
    static Optional<String> host(String dbUrl) {
        String url = dbUrl == null ? "" : dbUrl.trim();
        int scheme = url.indexOf("://");
        if (!url.startsWith("jdbc:") || scheme < 0) {
            return Optional.empty();
        }
        String rest = url.substring(scheme + 3);
        int end = rest.length();
        for (char c : new char[] {'/', '?'}) {
            int i = rest.indexOf(c);
            if (i >= 0 && i < end) {
                end = i;
            }
        }
        String hosts = rest.substring(0, end).replaceFirst("^.*@", "");
        return hosts.isEmpty() ? Optional.empty() : Optional.of(hosts);
    }

    /**
     * The demo accounts' password: the configured one (the README's run command sets one and listens
     * on loopback alone), or else one made for this start, printed in the start log.
     */
    public static String password(Optional<String> configured) {
        return configured.map(String::trim).filter(p -> !p.isEmpty()).orElseGet(DemoGate::generated);
    }

    private static final String LETTERS = "abcdefghijkmnpqrstuvwxyz23456789";

    private static String generated() {
        SecureRandom random = new SecureRandom();
        StringBuilder password = new StringBuilder("demo");
        for (int group = 0; group < 4; group++) {
            password.append('-');
            for (int i = 0; i < 4; i++) {
                password.append(LETTERS.charAt(random.nextInt(LETTERS.length())));
            }
        }
        return password.toString();
    }
}
