package org.bodywork.shared;

import java.util.ArrayList;
import java.util.List;
import org.eclipse.persistence.internal.databaseaccess.DatabaseCall;
import org.eclipse.persistence.sessions.SessionEvent;
import org.eclipse.persistence.sessions.SessionEventAdapter;

/**
 * Counts the SQL statements EclipseLink sends to the database on this thread, so that a request's
 * cost can be read without timing it (issue 22). Registered for the persistence unit in
 * persistence.xml; {@link SqlCount} reads it per request, with the start of each statement.
 */
public class SqlStatements extends SessionEventAdapter {

    private static final ThreadLocal<List<String>> SENT = ThreadLocal.withInitial(ArrayList::new);

    @Override
    public void preExecuteCall(SessionEvent event) {
        String sql = event.getCall() instanceof DatabaseCall call ? call.getSQLString() : null;
        SENT.get().add(sql == null ? "?" : sql.substring(0, Math.min(70, sql.length())));
    }

    /** Starts counting afresh on this thread. */
    static void reset() {
        SENT.get().clear();
    }

    /** The statements sent on this thread since {@link #reset}, each cut to its first words. */
    static List<String> sent() {
        return SENT.get();
    }
}
