package org.bodywork.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.bodywork.shared.DemoGate.Holds;
import org.junit.jupiter.api.Test;

class DemoGateTest {

    private static final String LOCAL = "jdbc:mysql://127.0.0.1:3306/bodywork?sslMode=DISABLED";
    private static final Optional<String> NONE = Optional.empty();
    private static final Optional<String> ACK = Optional.of(DemoGate.ACKNOWLEDGED);

    @Test
    void theDemoGoesIntoAnEmptyOrItsOwnDatabaseOnThisMachine() {
        assertEquals(Optional.empty(), DemoGate.refusal(LOCAL, NONE, NONE, Holds.NOTHING));
        assertEquals(Optional.empty(), DemoGate.refusal(LOCAL, NONE, NONE, Holds.DEMO));
        assertEquals(
                Optional.empty(),
                DemoGate.refusal(
                        "jdbc:mysql://localhost/db", Optional.of("admin@it.example.org"), NONE, Holds.NOTHING));
    }

    @Test
    void aPracticesDatabaseNeedsTheAcknowledgement() {
        String why = DemoGate.refusal(LOCAL, NONE, NONE, Holds.PRACTICE).orElseThrow();
        assertTrue(why.contains("BODYWORK_DEMO_DATA_ACKNOWLEDGE=not-a-practice"), why);
        assertEquals(Optional.empty(), DemoGate.refusal(LOCAL, NONE, ACK, Holds.PRACTICE));
        assertTrue(DemoGate.refusal(LOCAL, NONE, Optional.of("yes"), Holds.PRACTICE)
                .isPresent());
    }

    @Test
    void aDatabaseElsewhereNeedsTheAcknowledgement() {
        String remote = "jdbc:mysql://db.practice.co.uk:3306/bodywork";
        String why = DemoGate.refusal(remote, NONE, NONE, Holds.NOTHING).orElseThrow();
        assertTrue(why.contains("db.practice.co.uk"), why);
        assertEquals(Optional.empty(), DemoGate.refusal(remote, NONE, ACK, Holds.NOTHING));
        // One host of several elsewhere is elsewhere.
        assertTrue(DemoGate.refusal("jdbc:mysql://127.0.0.1:3306,10.0.0.2:3306/db", NONE, NONE, Holds.NOTHING)
                .isPresent());
        assertTrue(DemoGate.refusal("", NONE, NONE, Holds.NOTHING).isPresent());
    }

    @Test
    void aRealAdminEmailAlwaysRefusesEvenAcknowledged() {
        Optional<String> real = Optional.of("owner@riverside-massage.co.uk");
        assertTrue(DemoGate.refusal(LOCAL, real, ACK, Holds.NOTHING).isPresent());
    }

    @Test
    void examplesAreTheReservedDomainsOnly() {
        assertTrue(DemoGate.isExample("admin@example.org"));
        assertTrue(DemoGate.isExample("admin@it.example.com"));
        assertTrue(DemoGate.isExample("a@practice.test"));
        assertTrue(DemoGate.isExample("a@host.localhost"));
        assertFalse(DemoGate.isExample("a@notexample.org"));
        assertFalse(DemoGate.isExample("a@example.org.uk"));
        assertFalse(DemoGate.isExample("a@gmail.com"));
    }

    @Test
    void loopbackIsThisMachineWithOrWithoutAPort() {
        assertTrue(DemoGate.onThisMachine("jdbc:mysql://localhost/db"));
        assertTrue(DemoGate.onThisMachine("jdbc:mysql://root:pw@127.0.0.2:3307/db"));
        assertTrue(DemoGate.onThisMachine("jdbc:mysql://[::1]:3306/db"));
        assertFalse(DemoGate.onThisMachine("jdbc:mysql://localhost.evil.org/db"));
        assertFalse(DemoGate.onThisMachine("jdbc:mysql://db/db"));
    }

    @Test
    void aPasswordIsMadeForEachStartUnlessOneIsConfigured() {
        assertEquals("fixed-one", DemoGate.password(Optional.of("fixed-one")));
        String made = DemoGate.password(NONE);
        assertTrue(made.matches("demo(-[a-z2-9]{4}){4}"), made);
        assertNotEquals(made, DemoGate.password(Optional.of(" ")));
    }
}
