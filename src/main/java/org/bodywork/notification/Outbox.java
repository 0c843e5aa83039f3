package org.bodywork.notification;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.bodywork.identity.Role;

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

    /** Adds a message, once per key; needs the caller's transaction. */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void add(Mail mail, Instant now, Instant notBefore) {
        long existing = em.createNamedQuery("OutboxMessage.byKey", Long.class)
                .setParameter("key", mail.key())
                .getSingleResult();
        if (existing == 0) {
            em.persist(new OutboxMessage(mail, now, notBefore));
        }
    }

    /**
     * Claims up to {@code limit} due messages for one sender run, in its own short transaction. The
     * claim is a conditional update ({@code ... AND status = 'PENDING'}): a second sender's update of
     * the same rows waits for the first to commit, then finds them no longer pending, so no row is
     * claimed twice, on one server or several.
     */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public List<OutboxMessage> claim(String claim, Instant now, int limit) {
        em.createNativeQuery("UPDATE outbox SET status = 'PENDING', claimed_by = NULL, claimed_at = NULL"
                        + " WHERE status = 'SENDING' AND claimed_at < ?")
                .setParameter(1, now.minus(STALE))
                .executeUpdate();
        @SuppressWarnings("unchecked")
        List<Number> due = em.createNativeQuery(
                        "SELECT id FROM outbox WHERE status = 'PENDING' AND not_before <= ? ORDER BY id LIMIT ?")
                .setParameter(1, now)
                .setParameter(2, limit)
                .getResultList();
        for (Number id : due) {
            em.createNativeQuery("UPDATE outbox SET status = 'SENDING', claimed_by = ?, claimed_at = ?"
                            + " WHERE id = ? AND status = 'PENDING'")
                    .setParameter(1, claim)
                    .setParameter(2, now)
                    .setParameter(3, id.longValue())
                    .executeUpdate();
        }
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

    /** The latest messages, for admins: what went out, what waits, what is parked and why. */
    @RolesAllowed(Role.ADMIN_NAME)
    public List<OutboxMessage> latest(int limit) {
        return em.createNamedQuery("OutboxMessage.latest", OutboxMessage.class)
                .setMaxResults(limit)
                .getResultList();
    }

    /** An admin sends a parked message again. */
    @RolesAllowed(Role.ADMIN_NAME)
    public void retry(long id, Instant now) {
        OutboxMessage m = em.find(OutboxMessage.class, id);
        if (m != null && m.getStatus() == OutboxMessage.Status.PARKED) {
            m.retry(now);
        }
    }
}
