package org.bodywork.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class TotpTest {

    // RFC 6238, appendix B: the SHA-1 secret "12345678901234567890" in base32.
    private static final String RFC = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";

    @Test
    void codesAreTheRfcTestVectorsLastSixDigits() {
        assertEquals("287082", Totp.code(RFC, Totp.step(Instant.ofEpochSecond(59))));
        assertEquals("081804", Totp.code(RFC, Totp.step(Instant.ofEpochSecond(1111111109))));
        assertEquals("005924", Totp.code(RFC, Totp.step(Instant.ofEpochSecond(1234567890))));
    }

    @Test
    void aCodeIsAcceptedOneStepEitherSideOfNowAndNotFurther() {
        Instant now = Instant.ofEpochSecond(1111111109);
        long step = Totp.step(now);
        assertEquals(OptionalLong.of(step), Totp.match(RFC, "081804", now, 0));
        assertEquals(OptionalLong.of(step - 1), Totp.match(RFC, Totp.code(RFC, step - 1), now, 0));
        assertEquals(OptionalLong.of(step + 1), Totp.match(RFC, Totp.code(RFC, step + 1), now, 0));
        assertTrue(Totp.match(RFC, Totp.code(RFC, step - 2), now, 0).isEmpty());
        assertTrue(Totp.match(RFC, Totp.code(RFC, step + 2), now, 0).isEmpty());
    }

    @Test
    void aUsedStepNeverWorksAgain() {
        Instant now = Instant.ofEpochSecond(1111111109);
        long step = Totp.step(now);
        assertTrue(Totp.match(RFC, "081804", now, step).isEmpty());
        assertTrue(Totp.match(RFC, Totp.code(RFC, step - 1), now, step).isEmpty());
    }

    @Test
    void spacesAndDashesAreForgivenAndNonsenseRefused() {
        Instant now = Instant.ofEpochSecond(1111111109);
        assertTrue(Totp.match(RFC, "081 804", now, 0).isPresent());
        assertTrue(Totp.match(RFC, "081-804", now, 0).isPresent());
        for (String bad : new String[] {null, "", "81804", "0818040", "abcdef", "08180x"}) {
            assertTrue(Totp.match(RFC, bad, now, 0).isEmpty(), String.valueOf(bad));
        }
    }

    @Test
    void theQrCodeAndAddressCarryTheSecretAndIssuer() {
        String secret = Totp.newSecret();
        assertEquals(32, secret.length());
        assertTrue(Totp.uri(secret, "Bodywork", "tess@example.org").startsWith("otpauth://totp/"));
        assertTrue(Totp.uri(secret, "Bodywork", "tess@example.org").contains("secret=" + secret));
        assertTrue(Totp.qr(secret, "Bodywork", "tess@example.org").startsWith("data:image/png;base64,"));
    }
}
