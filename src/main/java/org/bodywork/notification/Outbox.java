package org.bodywork.notification;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The outbox: messages join the transaction of the change that causes them, so a booking and its
 * confirmation are stored together or not at all; the sender then claims, sends and marks them.
 */
@Stateless
public class Outbox {

    /** A message claimed this long ago and still not marked is taken to be from a crashed sender. */
    static final Duration STALE = Duration.ofMinutes(10);

    @PersistenceContext
    EntityManager em;

    @jakarta.annotation.Resource
    jakarta.ejb.SessionContext session;

    /** Adds a message, once per key; needs the caller's transaction. */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void add(Mail mail, Instant now, Instant notBefore) {
        List<OutboxMessage> existing = em.createNamedQuery("OutboxMessage.withKey", OutboxMessage.class)
                .setParameter("key", mail.key())
                .getResultList();
        if (existing.isEmpty()) {
            em.persist(new OutboxMessage(mail, now, notBefore));
        } else if (existing.get(0).getStatus() == OutboxMessage.Status.WITHDRAWN) {
            // The same reminder again, e.g. an appointment moved away and back: it is wanted after all.
            existing.get(0).retry(notBefore);
        }
    }

    /**
     * Adds a message in a transaction of its own, for the nightly jobs that every server runs at the
     * same minute: when two write the same key at once, the unique key refuses the second, which is
     * dropped quietly here instead of failing the job's run (or an admin's "do it now") with it.
     */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void addOnce(Mail mail, Instant now, Instant notBefore) {
        try {
            add(mail, now, notBefore);
            em.flush();
        } catch (jakarta.persistence.PersistenceException e) {
            if (!org.bodywork.shared.DatabaseFailure.duplicate(e)) {
                throw e;
            }
            session.setRollbackOnly();
        }
    }

    /** Withdraws messages not yet sent whose key starts so, e.g. an appointment's reminders. */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void withdraw(String keyPrefix) {
        em.createNativeQuery("UPDATE outbox SET status = 'WITHDRAWN' WHERE dedupe_key LIKE ? AND status = 'PENDING'")
                .setParameter(1, keyPrefix.replace("%", "") + "%")
                .executeUpdate();
    }

    /** Whether a reminder's recipient still wants reminders; asked just before sending it. */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean withdrawnIfUnwanted(long id) {
        OutboxMessage m = em.find(OutboxMessage.class, id);
        if (!Notifications.REMINDER.equals(m.getKind())) {
            return false;
        }
        @SuppressWarnings("unchecked")
        List<Object> wanted = em.createNativeQuery("SELECT reminders FROM account WHERE email = ?")
                .setParameter(1, m.getRecipient())
                .getResultList();
        boolean yes = !wanted.isEmpty() && Boolean.TRUE.equals(toBoolean(wanted.get(0)));
        if (!yes) {
            m.withdraw();
        }
        return !yes;
    }

    private static Boolean toBoolean(Object column) {
        return column instanceof Boolean b ? b : column instanceof Number n ? n.intValue() != 0 : null;
    }

    /**
     * Claims up to {@code limit} due messages for one sender run, in its own short transaction. The
     * claim is one conditional update ({@code ... WHERE status = 'PENDING' ... LIMIT}): a second
     * sender's update of the same rows waits for the first to commit, then finds them no longer
     * pending, so no row is claimed twice, on one server or several. The database may still roll one
     * of two claims back to break a deadlock; {@link SendRun} then claims again.
     */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public List<OutboxMessage> claim(String claim, Instant now, int limit) {
        em.createNativeQuery("UPDATE outbox SET status = 'PENDING', claimed_by = NULL, claimed_at = NULL"
                        + " WHERE status = 'SENDING' AND claimed_at < ?")
                .setParameter(1, now.minus(STALE))
                .executeUpdate();
        em.createNativeQuery("UPDATE outbox SET status = 'SENDING', claimed_by = ?, claimed_at = ?"
                        + " WHERE status = 'PENDING' AND not_before <= ? ORDER BY id LIMIT ?")
                .setParameter(1, claim)
                .setParameter(2, now)
                .setParameter(3, now)
                .setParameter(4, limit)
                .executeUpdate();
        return em.createNamedQuery("OutboxMessage.claimed", OutboxMessage.class)
                .setParameter("claim", claim)
                .getResultList();
    }

    /** Marks a message sent, at once after the SMTP server took it, in a transaction of its own. */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void sent(long id, Instant now) {
        em.find(OutboxMessage.class, id).sent(now);
    }

    @PermitAll
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void failed(long id, String error, Instant now) {
        em.find(OutboxMessage.class, id).failed(error, now, Backoff.STANDARD);
    }
}
