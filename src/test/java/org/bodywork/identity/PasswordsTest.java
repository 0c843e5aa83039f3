package org.bodywork.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class PasswordsTest {

    @Test
    void productionHashesAtOwaspsCountAndNoSettingGoesBelowJakartaSecuritysMinimum() {
        assertEquals(600_000, Passwords.iterations(Optional.empty()));
        assertEquals(1_024, Passwords.iterations(Optional.of(1_024)));
        assertEquals(1_024, Passwords.iterations(Optional.of(1)));
    }
}
