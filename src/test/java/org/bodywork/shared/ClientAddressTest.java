package org.bodywork.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

class ClientAddressTest {

    private static final Set<String> NGINX = Set.of("10.0.0.5", "10.0.0.6");

    @Test
    void withoutATrustedProxyTheConnectionsAddressCountsAndTheHeaderIsIgnored() {
        assertEquals("198.51.100.7", ClientAddress.of("198.51.100.7", "203.0.113.9", NGINX));
        assertEquals("198.51.100.7", ClientAddress.of("198.51.100.7", null, Set.of()));
    }

    @Test
    void behindTrustedProxiesTheAddressTheyAppendedCounts() {
        assertEquals("198.51.100.7", ClientAddress.of("10.0.0.5", "198.51.100.7", NGINX));
        assertEquals("198.51.100.7", ClientAddress.of("10.0.0.5", "198.51.100.7, 10.0.0.6", NGINX));
        assertEquals("2001:db8::1", ClientAddress.of("10.0.0.5", "2001:db8::1", NGINX));
    }

    @Test
    void whatAClientWroteIntoTheHeaderItselfIsNeverTaken() {
        // The client sent "X-Forwarded-For: 203.0.113.9"; nginx appended the address it saw.
        assertEquals("198.51.100.7", ClientAddress.of("10.0.0.5", "203.0.113.9, 198.51.100.7", NGINX));
        assertEquals("10.0.0.5", ClientAddress.of("10.0.0.5", "<script>", NGINX));
        assertEquals("10.0.0.5", ClientAddress.of("10.0.0.5", "", NGINX));
    }

    @Test
    void httpsIsBelievedFromATrustedProxyAlone() {
        assertTrue(ClientAddress.forwardedHttps("10.0.0.5", "https", NGINX));
        assertTrue(ClientAddress.forwardedHttps("10.0.0.5", "HTTPS, http", NGINX));
        assertFalse(ClientAddress.forwardedHttps("10.0.0.5", "http", NGINX));
        assertFalse(ClientAddress.forwardedHttps("10.0.0.5", null, NGINX));
        assertFalse(ClientAddress.forwardedHttps("198.51.100.7", "https", NGINX));
    }

    @Test
    void anIpv6AddressCountsByItsSlash64AndIpv4ByItself() {
        assertEquals("2001:db8:1:2::/64", ClientAddress.network("2001:db8:1:2:aaaa:bbbb:cccc:dddd"));
        assertEquals("2001:db8:1:2::/64", ClientAddress.network("2001:0db8:0001:0002::1"));
        assertEquals("0:0:0:0::/64", ClientAddress.network("0:0:0:0:0:0:0:1"));
        assertEquals("203.0.113.9", ClientAddress.network("203.0.113.9"));
        assertEquals("not an address", ClientAddress.network("not an address"));
    }
}
