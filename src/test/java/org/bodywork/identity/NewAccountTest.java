package org.bodywork.identity;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.bodywork.shared.BusinessException;
import org.bodywork.shared.InvalidFields;
import org.junit.jupiter.api.Test;

class NewAccountTest {

    private static BusinessException refusal(String name, String email, String password) {
        return assertThrows(BusinessException.class, () -> new NewAccount(name, email, password).validate());
    }

    @Test
    void aCompleteAccountIsValid() {
        assertDoesNotThrow(() -> new NewAccount("Ann Smith", "ann@example.org", "calm-otter-7").validate());
    }

    @Test
    void aBlankNameIsRefusedByName() {
        BusinessException e = refusal("  ", "ann@example.org", "calm-otter-7");
        assertEquals("name", e.field());
        assertEquals("Enter your name.", e.getMessage());
    }

    @Test
    void aNameOverAHundredCharactersIsRefused() {
        assertEquals(
                "name",
                refusal("a".repeat(101), "ann@example.org", "calm-otter-7").field());
    }

    @Test
    void aMalformedEmailIsRefusedWithAnExample() {
        BusinessException e = refusal("Ann", "ann-at-example", "calm-otter-7");
        assertEquals("email", e.field());
        assertEquals("Enter an e-mail address like name@example.org.", e.getMessage());
    }

    @Test
    void aWeakPasswordIsRefusedWithTheRuleItBreaks() {
        BusinessException e = refusal("Ann", "ann@example.org", "short");
        assertEquals("weak_password", e.code());
        assertEquals(BusinessException.Kind.INVALID, e.kind());
    }

    @Test
    void everyWrongFieldIsNamedAtOnceInTheOrderOfTheForm() {
        InvalidFields e =
                assertThrows(InvalidFields.class, () -> new NewAccount("", "ann-at-example", "short").validate());
        assertEquals(
                List.of("name", "email", "password"),
                e.problems().stream().map(InvalidFields.Problem::field).toList());
        assertEquals("name", e.field());
        assertEquals("invalid_name", e.code());
        assertEquals("Enter your name.", e.problems().get(0).message());
    }

    @Test
    void theLongestNameIsInTheMessage() {
        assertEquals(
                "A name can be at most 100 characters.",
                refusal("a".repeat(101), "ann@example.org", "calm-otter-7").getMessage());
        assertDoesNotThrow(() -> new NewAccount("a".repeat(100), "ann@example.org", "calm-otter-7").validate());
    }

    @Test
    void emailsAreComparedTrimmedAndLowerCased() {
        assertEquals("ann@example.org", Email.normalize("  Ann@Example.ORG "));
    }

    @Test
    void anOverlongEmailIsRefused() {
        String local = "a".repeat(250);
        assertEquals(
                "email", refusal("Ann", local + "@example.org", "calm-otter-7").field());
    }
}
