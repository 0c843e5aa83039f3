package org.bodywork.shared;

import java.sql.SQLException;

/** What a database failure means, read from its SQL state rather than from driver-specific types. */
public final class Persistence {

    private Persistence() {}

    /** True when a unique or primary key refused the write (SQL state class 23, integrity). */
    public static boolean isDuplicateKey(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql
                    && sql.getSQLState() != null
                    && sql.getSQLState().startsWith("23")) {
                return true;
            }
        }
        return false;
    }
}
