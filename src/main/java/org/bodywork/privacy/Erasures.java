package org.bodywork.privacy;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.bodywork.audit.AuditEvent;
import org.bodywork.audit.AuditLog;
import org.bodywork.identity.Account;
import org.bodywork.identity.AccountService;
import org.bodywork.identity.Role;
import org.bodywork.shared.BusinessException;
import org.bodywork.shared.Practice;
import org.bodywork.shared.Words;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Carrying out clients' requests to be forgotten ({@link ErasureRequests}), within the month the
 * law allows, by an admin or the nightly job: everything the practice need not keep is erased then,
 * and the clinical records (health forms, treatments and their notes) when their retention ends.
 */
@Stateless
@RolesAllowed(Role.ADMIN_NAME)
public class Erasures {

    private static final Logger LOG = Logger.getLogger(Erasures.class.getName());

    private static final String RECORD = ErasureRequests.RECORD;

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext session;

    @Inject
    AccountService accounts;

    @Inject
    AuditLog audit;

    @Inject
    Practice practice;

    /** Days a request waits before the nightly job carries it out, so a client may still change their mind. */
    @Inject
    @ConfigProperty(name = "bodywork.erasure.grace-days", defaultValue = "7")
    int graceDays;

    /** A request as admins see it. */
    public record Entry(
            long id,
            long clientId,
            String client,
            LocalDate requestedOn,
            LocalDate dueOn,
            ErasureRequest.Status status,
            LocalDate heldUntil,
            boolean overdue,
            Instant carriedOutAt,
            String carriedOutBy) {}

    /** Every request, newest first. */
    public List<Entry> all() {
        LocalDate today = practice.today();
        List<ErasureRequest> requests =
                em.createNamedQuery("ErasureRequest.all", ErasureRequest.class).getResultList();
        Map<Long, Account> clients =
                accounts.find(requests.stream().map(ErasureRequest::getClientId).collect(Collectors.toSet()));
        return requests.stream()
                .map(r -> entry(r, today, clients.get(r.getClientId())))
                .toList();
    }

    /** An admin carries a pending request out now rather than wait for the nightly job. */
    public Entry carryOut(long id) {
        ErasureRequest r = locked(id)
                .orElseThrow(() ->
                        BusinessException.notFound("no_such_request", Words.text("privacy.there-is-no-such-erasure")));
        carryOut(r, practice.today());
        return entry(r, practice.today());
    }

    /** Requests with something to do today: pending past their grace days, or held past retention. */
    @PermitAll
    public List<Long> due(LocalDate today) {
        return em.createNamedQuery("ErasureRequest.open", ErasureRequest.class)
                .setParameter("erased", ErasureRequest.Status.ERASED)
                .getResultStream()
                .filter(r -> r.ripe(today, graceDays) || r.holdEnded(today))
                .map(ErasureRequest::getId)
                .toList();
    }

    /**
     * Does what is due on one request, in its own transaction; safe when two servers' jobs race, as
     * the request is locked and looked at again. True when something was done.
     */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean settle(long id, LocalDate today) {
        Optional<ErasureRequest> found = locked(id);
        if (found.isEmpty()) {
            return false;
        }
        ErasureRequest r = found.get();
        if (r.ripe(today, graceDays)) {
            carryOut(r, today);
            return true;
        }
        if (r.holdEnded(today)) {
            endHold(r);
            return true;
        }
        return false;
    }

    /** For admins: what the nightly job would do, now. */
    public int settleDue() {
        Erasures self = session.getBusinessObject(Erasures.class);
        LocalDate today = practice.today();
        int done = 0;
        for (long id : due(today)) {
            if (self.settle(id, today)) {
                done++;
            }
        }
        return done;
    }

    private void carryOut(ErasureRequest r, LocalDate today) {
        Account client = accounts.find(r.getClientId()).orElseThrow();
        Instant now = Instant.now();
        run(Erasure.AT_ONCE, client, now);
        r.carriedOut(AuditLog.actor(session), now);
        em.flush();
        if (r.getStatus() == ErasureRequest.Status.ERASED) {
            run(Erasure.CLINICAL, client, now);
            run(List.of(Erasure.ANONYMISE), client, now);
            audit.record(AuditEvent.Action.ERASED, RECORD, r.getId(), r.getClientId(), "everything");
        } else {
            audit.record(
                    AuditEvent.Action.ERASED,
                    RECORD,
                    r.getId(),
                    r.getClientId(),
                    "all but the clinical records, kept until " + r.getHeldUntil());
            if (r.holdEnded(today)) {
                endHold(r);
            }
        }
        LOG.info(() -> "Erasure request " + r.getId() + " carried out: " + r.getStatus());
    }

    private void endHold(ErasureRequest r) {
        Account client = accounts.find(r.getClientId()).orElseThrow();
        Instant now = Instant.now();
        // The request must say the hold has ended before the database lets the notes go.
        em.flush();
        run(Erasure.CLINICAL, client, now);
        run(List.of(Erasure.ANONYMISE), client, now);
        r.erased(now);
        audit.record(
                AuditEvent.Action.ERASED,
                RECORD,
                r.getId(),
                r.getClientId(),
                "the clinical records, kept until " + r.getHeldUntil());
        LOG.info(() -> "Erasure request " + r.getId() + ": clinical records erased after retention");
    }

    private void run(List<String> statements, Account client, Instant now) {
        LocalDateTime utc = LocalDateTime.ofInstant(now, ZoneOffset.UTC);
        for (String sql : statements) {
            Query q = em.createNativeQuery(sql).setParameter(1, client.getId());
            if (sql.contains("?2")) {
                q.setParameter(2, client.getEmail());
            }
            if (sql.contains("?3")) {
                q.setParameter(3, utc);
            }
            q.executeUpdate();
        }
    }

    private Optional<ErasureRequest> locked(long id) {
        return Optional.ofNullable(em.find(ErasureRequest.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    private Entry entry(ErasureRequest r, LocalDate today) {
        return entry(r, today, accounts.find(r.getClientId()).orElse(null));
    }

    private static Entry entry(ErasureRequest r, LocalDate today, Account client) {
        String name = client == null ? "" : client.getName();
        return new Entry(
                r.getId(),
                r.getClientId(),
                name,
                r.getRequestedOn(),
                r.getDueOn(),
                r.getStatus(),
                r.getHeldUntil(),
                r.overdue(today),
                r.getCarriedOutAt(),
                r.getCarriedOutBy());
    }
}
