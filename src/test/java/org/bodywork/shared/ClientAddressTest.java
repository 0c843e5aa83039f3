package org.bodywork.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
}
