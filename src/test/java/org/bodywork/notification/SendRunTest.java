package org.bodywork.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.ejb.EJBException;
import java.sql.SQLTransactionRollbackException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class SendRunTest {

    private static RuntimeException deadlock() {
        return new EJBException(new SQLTransactionRollbackException("Deadlock found", "40001", 1213));
    }

    @Test
    void aStepRolledBackForADeadlockIsTriedAgain() {
        AtomicInteger tries = new AtomicInteger();
        String done = SendRun.again(() -> {
            if (tries.incrementAndGet() < SendRun.ATTEMPTS) {
                throw deadlock();
            }
            return "claimed";
        });
        assertEquals("claimed", done);
        assertEquals(SendRun.ATTEMPTS, tries.get());
    }

    @Test
    void aDeadlockEveryTimeIsGivenUpAfterTheLastAttempt() {
        AtomicInteger tries = new AtomicInteger();
        assertThrows(
                EJBException.class,
                () -> SendRun.again(() -> {
                    tries.incrementAndGet();
                    throw deadlock();
                }));
        assertEquals(SendRun.ATTEMPTS, tries.get());
    }

    @Test
    void anyOtherFailureIsNotTriedAgain() {
        AtomicInteger tries = new AtomicInteger();
        assertThrows(
                IllegalStateException.class,
                () -> SendRun.again(() -> {
                    tries.incrementAndGet();
                    throw new IllegalStateException("bug");
                }));
        assertEquals(1, tries.get());
    }
}
