package org.bodywork.identity;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SessionCookieTest {

    @Test
    void aPracticeServedOverHttpsAlwaysHasASecureSessionCookie() {
        assertTrue(SessionCookie.secure("https://practice.example/"));
        assertTrue(SessionCookie.secure(" HTTPS://practice.example/"));
        assertFalse(SessionCookie.secure("http://localhost:8080/"));
        assertFalse(SessionCookie.secure(""));
    }
}
