package org.bodywork.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    private final PasswordPolicy policy = PasswordPolicy.standard();

    @Test
    void twelveCharactersAreEnough() {
        assertEquals(Optional.empty(), policy.problem("calm-otter-7"));
    }

    @Test
    void elevenCharactersAreTooFew() {
        assertTrue(policy.problem("calm-otter7").orElseThrow().contains("at least 12 characters"));
    }

    @Test
    void charactersAreCountedNotBytesOrUtf16Units() {
        // Twelve characters, each outside the Basic Multilingual Plane (two UTF-16 units).
        String emoji = "\uD83C\uDF3F".repeat(12);
        assertEquals(Optional.empty(), policy.problem(emoji));
        assertTrue(policy.problem("\uD83C\uDF3F".repeat(11)).isPresent());
    }

    @Test
    void aHundredAndTwentyEightCharactersAreTheMost() {
        assertEquals(Optional.empty(), policy.problem("a1b2c3d4".repeat(16)));
        assertTrue(policy.problem("a1b2c3d4".repeat(16) + "x").orElseThrow().contains("at most 128"));
    }

    @Test
    void aCommonPasswordIsRefusedWhateverItsCase() {
        assertTrue(policy.problem("qwerty123456").orElseThrow().contains("common passwords"));
        assertTrue(policy.problem("QWERTY123456").orElseThrow().contains("common passwords"));
    }

    @Test
    void aMissingPasswordIsRefused() {
        assertEquals(Optional.of("Choose a password."), policy.problem(null));
        assertEquals(Optional.of("Choose a password."), policy.problem(""));
    }
}
