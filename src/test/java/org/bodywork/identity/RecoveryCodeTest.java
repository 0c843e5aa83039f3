package org.bodywork.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class RecoveryCodeTest {

    @Test
    void tenDifferentCodesAreMadeAndOnlyTheirHashIsKept() {
        List<String> codes = RecoveryCode.fresh();
        assertEquals(10, codes.size());
        assertEquals(10, new HashSet<>(codes).size());
        RecoveryCode kept = new RecoveryCode(1, codes.get(0));
        assertTrue(kept.matches(codes.get(0)));
        assertTrue(kept.matches(" " + codes.get(0).toUpperCase().replace("-", " ") + " "), "spacing and case forgiven");
        assertFalse(kept.matches(codes.get(1)));
        assertFalse(kept.matches(null));
        assertEquals(64, RecoveryCode.hash(codes.get(0)).length());
        assertFalse(RecoveryCode.hash(codes.get(0)).contains(codes.get(0).replace("-", "")));
    }
}
