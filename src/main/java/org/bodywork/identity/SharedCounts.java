package org.bodywork.identity;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.UnaryOperator;
import org.bodywork.identity.Throttle.Failures;

/**
 * The throttles' counts in the database (table {@code throttle}), one row a key, each change in a
 * transaction of its own under the row's lock: two servers count one attempt once, and a count
 * survives a restart (issue 23, M1). A refused sign-in is counted whatever happens to the request.
 */
@Stateless
@LocalBean
@PermitAll
public class SharedCounts implements Throttle.Store {

    /** Keys longer than the column are cut: only made-up e-mail addresses are that long. */
    static final int KEY_LENGTH = 320;

    @PersistenceContext
    EntityManager em;

    @Override
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Failures get(String key) {
        return read(cut(key), false);
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void update(String key, UnaryOperator<Failures> change) {
        String k = cut(key);
        // The row first, empty if new, locked exclusively by this one statement: attempts arriving
        // together then wait for each other in turn. (A SELECT ... FOR UPDATE of a missing row
        // locks nothing, and an INSERT IGNORE that meets another's new row takes a shared lock,
        // which two of them then both try to raise: a deadlock, seen with 50 registrations at once.)
        em.createNativeQuery("INSERT INTO throttle (throttle_key, failures, first_at, blocked_until)"
                        + " VALUES (?1, 0, ?2, NULL) ON DUPLICATE KEY UPDATE throttle_key = throttle_key")
                .setParameter(1, k)
                .setParameter(2, Timestamp.from(Instant.now()))
                .executeUpdate();
        Failures now = read(k, true);
        Failures next = change.apply(now);
        if (next == null) {
            em.createNativeQuery("DELETE FROM throttle WHERE throttle_key = ?1")
                    .setParameter(1, k)
                    .executeUpdate();
            return;
        }
        em.createNativeQuery("UPDATE throttle SET failures = ?2, first_at = ?3, blocked_until = ?4"
                        + " WHERE throttle_key = ?1")
                .setParameter(1, k)
                .setParameter(2, next.count())
                .setParameter(3, Timestamp.from(next.first()))
                .setParameter(4, next.blockedUntil() == null ? null : Timestamp.from(next.blockedUntil()))
                .executeUpdate();
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void prune(String name, Instant now, Duration window) {
        em.createNativeQuery("DELETE FROM throttle WHERE throttle_key LIKE ?3 AND ((blocked_until IS NOT NULL"
                        + " AND blocked_until <= ?1) OR (blocked_until IS NULL AND first_at <= ?2))")
                .setParameter(1, Timestamp.from(now))
                .setParameter(2, Timestamp.from(now.minus(window)))
                .setParameter(3, name.replace("%", "\\%").replace("_", "\\_") + "%")
                .executeUpdate();
    }

    private Failures read(String key, boolean lock) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT failures, first_at, blocked_until FROM throttle"
                        + " WHERE throttle_key = ?1" + (lock ? " FOR UPDATE" : ""))
                .setParameter(1, key)
                .getResultList();
        if (rows.isEmpty()) {
            return null;
        }
        Object[] row = rows.get(0);
        int count = ((Number) row[0]).intValue();
        if (count == 0 && row[2] == null) {
            return null; // the empty row update() makes to lock a new key: no count yet
        }
        return new Failures(count, instant(row[1]), row[2] == null ? null : instant(row[2]));
    }

    private static Instant instant(Object value) {
        if (value instanceof Timestamp t) {
            return t.toInstant();
        }
        if (value instanceof java.time.LocalDateTime l) {
            return Timestamp.valueOf(l).toInstant();
        }
        return ((java.util.Date) value).toInstant();
    }

    private static String cut(String key) {
        return key.length() <= KEY_LENGTH ? key : key.substring(0, KEY_LENGTH);
    }
}
