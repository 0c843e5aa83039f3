package org.bodywork.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Map;
import org.junit.jupiter.api.Test;

class RefusalsTest {

    @Test
    void aRefusalGoesToItsFieldOnTheForm() {
        assertEquals("service:name", Refusals.clientId("name", "service", Map.of()));
        assertEquals("timeoff:from", Refusals.clientId("start", "timeoff", Map.of("start", "from")));
    }

    @Test
    void aRefusalThatNamesNoFieldIsForTheWholePage() {
        // Before, some pages put such a refusal under "form:null", where nothing showed it.
        assertNull(Refusals.clientId(null, "rules", Map.of()));
    }
}
