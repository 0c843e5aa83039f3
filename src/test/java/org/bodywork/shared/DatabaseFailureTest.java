package org.bodywork.shared;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJBException;
import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import org.junit.jupiter.api.Test;

class DatabaseFailureTest {

    @Test
    void aLostConnectionDeepInsideWrappersIsAnOutage() {
        var lost = new SQLRecoverableException("Communications link failure", "08S01");
        assertTrue(DatabaseFailure.outOfReach(new EJBException(new PersistenceException(new RuntimeException(lost)))));
        assertTrue(DatabaseFailure.outOfReach(new SQLException("Could not connect", "08001")));
        assertTrue(DatabaseFailure.outOfReach(
                new RuntimeException(new jakarta.resource.ResourceException("no connection"))));
    }

    @Test
    void aFaultInBodyworkOrABadQueryIsNot() {
        assertFalse(DatabaseFailure.outOfReach(new IllegalStateException("bug")));
        assertFalse(DatabaseFailure.outOfReach(new PersistenceException(new SQLException("Duplicate entry", "23000"))));
        assertFalse(DatabaseFailure.outOfReach(null));
    }

    @Test
    void aDuplicateKeyIsASecondCopyAndOtherConstraintsAreNot() {
        assertTrue(DatabaseFailure.duplicate(
                new PersistenceException(new SQLException("Duplicate entry", "23000", 1062))));
        assertTrue(DatabaseFailure.duplicate(
                new RuntimeException(new IllegalStateException(new SQLException("Duplicate entry", "23000", 1062)))));
        assertFalse(DatabaseFailure.duplicate(new SQLException("Cannot add a child row: foreign key", "23000", 1452)));
        assertFalse(DatabaseFailure.duplicate(new IllegalStateException("bug")));
    }

    @Test
    void anOptimisticLockDeepInsideARollbackIsAConcurrentChange() {
        var lost = new jakarta.persistence.OptimisticLockException("version changed");
        assertTrue(DatabaseFailure.concurrentChange(new RuntimeException(new IllegalStateException(lost))));
        assertFalse(DatabaseFailure.concurrentChange(new IllegalStateException("bug")));
    }

    @Test
    void aDeadlockRollbackIsToldApartFromOtherFailures() {
        assertTrue(DatabaseFailure.deadlock(
                new EJBException(new PersistenceException(new java.sql.SQLTransactionRollbackException(
                        "Deadlock found when trying to get lock", "40001", 1213)))));
        assertFalse(DatabaseFailure.deadlock(new SQLException("Duplicate entry", "23000", 1062)));
        assertFalse(DatabaseFailure.deadlock(new IllegalStateException("bug")));
    }
}
