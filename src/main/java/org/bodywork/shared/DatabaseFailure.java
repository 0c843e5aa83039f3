package org.bodywork.shared;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;

/**
 * What a failure from the database means for the person asking: the database out of reach
 * (restarting, unreachable, no free connection: try again shortly, 503), a record changed by
 * someone else at the same moment (409), or a second copy refused by a unique key, which two
 * servers doing the same job meet. Anything else is a fault in Bodywork.
 */
public final class DatabaseFailure {

    private DatabaseFailure() {}

    /**
     * Whether the failure is an optimistic lock refusing a change because someone else changed the
     * same record first (two tabs saving one draft, say): a conflict to report, not a fault.
     */
    public static boolean concurrentChange(Throwable failure) {
        return anyCause(
                failure,
                t -> t instanceof jakarta.persistence.OptimisticLockException
                        || t.getClass().getName().equals("org.eclipse.persistence.exceptions.OptimisticLockException"));
    }

    /** Whether the failure, or anything it was caused by, is the database out of reach. */
    public static boolean outOfReach(Throwable failure) {
        return anyCause(
                failure,
                t -> t instanceof SQLTransientConnectionException
                        || t instanceof SQLNonTransientConnectionException
                        || t instanceof SQLRecoverableException
                        || t instanceof jakarta.resource.ResourceException
                        // SQL state class 08 is "connection exception" in every driver.
                        || sqlState(t).startsWith("08"));
    }

    /**
     * Whether the failure is a unique key refusing a second copy: what two servers doing the same
     * thing at the same moment meet (SQL state class 23, integrity constraint, and a duplicate).
     */
    public static boolean duplicate(Throwable failure) {
        return anyCause(failure, t -> sqlState(t).startsWith("23") && ((SQLException) t).getErrorCode() == 1062);
    }

    /**
     * Whether the database broke a deadlock by rolling this transaction back (MySQL error 1213, SQL
     * state 40001; Galera reports a certification conflict the same way): nothing was saved, and the
     * same work tried again in a new transaction normally succeeds.
     */
    public static boolean deadlock(Throwable failure) {
        return anyCause(
                failure, t -> sqlState(t).equals("40001") || t instanceof SQLException s && s.getErrorCode() == 1213);
    }

    /** Whether the failure or one of its causes (to a sane depth) is of the kind. */
    private static boolean anyCause(Throwable failure, java.util.function.Predicate<Throwable> kind) {
        int depth = 0;
        for (Throwable t = failure; t != null && depth < 20; t = t.getCause(), depth++) {
            if (kind.test(t)) {
                return true;
            }
        }
        return false;
    }

    /** A SQL failure's state; empty for anything else. */
    private static String sqlState(Throwable t) {
        return t instanceof SQLException s && s.getSQLState() != null ? s.getSQLState() : "";
    }
}
