package org.bodywork.shared;

import java.util.ArrayList;
import java.util.List;
import org.eclipse.persistence.internal.databaseaccess.DatabaseCall;
import org.eclipse.persistence.sessions.SessionEvent;
import org.eclipse.persistence.sessions.SessionEventAdapter;

/**
 * Counts the SQL statements EclipseLink sends to the database on this thread, so that a request's
 * cost can be read without timing it (issue 22). Registered for the persistence unit in
 * persistence.xml; it does nothing unless {@link SqlCount} turns it on, which reads it per request.
 */
public class SqlStatements extends SessionEventAdapter {

    // Threads no request starts (timers, the outbox) are never reset: keep their text bounded.
    private static final int KEPT = 200;

    private static volatile boolean on;

    private static final ThreadLocal<Sent> SENT = ThreadLocal.withInitial(Sent::new);

    private static final class Sent {
        int count;
        final List<String> starts = new ArrayList<>();
    }

    @Override
    public void preExecuteCall(SessionEvent event) {
        if (!on) {
            return;
        }
        Sent sent = SENT.get();
        sent.count++;
        if (sent.starts.size() < KEPT) {
            String sql = event.getCall() instanceof DatabaseCall call ? call.getSQLString() : null;
            sent.starts.add(sql == null ? "?" : sql.substring(0, Math.min(70, sql.length())));
        }
    }

    static void counting(boolean enabled) {
        on = enabled;
    }

    /** Starts counting afresh on this thread. */
    static void reset() {
        if (on) {
            SENT.remove();
        }
    }

    /** The statements sent on this thread since {@link #reset}. */
    static int count() {
        return SENT.get().count;
    }

    /** The first words of each of them (of the first {@value #KEPT}). */
    static List<String> sent() {
        return SENT.get().starts;
    }
}
