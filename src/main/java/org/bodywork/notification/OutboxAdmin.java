package org.bodywork.notification;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import org.bodywork.identity.Role;

/** What admins do with the outbox: look, send what is due now, try a parked message again. */
@Stateless
@RolesAllowed(Role.ADMIN_NAME)
public class OutboxAdmin {

    @PersistenceContext
    EntityManager em;

    @Inject
    SendRun run;

    public List<OutboxMessage> latest(int limit) {
        return em.createNamedQuery("OutboxMessage.latest", OutboxMessage.class)
                .setMaxResults(limit)
                .getResultList();
    }

    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public SendRun.Result sendNow(Instant now) {
        return run.run(now);
    }

    public void retry(long id, Instant now) {
        OutboxMessage m = em.find(OutboxMessage.class, id);
        if (m != null && m.getStatus() == OutboxMessage.Status.PARKED) {
            m.retry(now);
        }
    }
}
