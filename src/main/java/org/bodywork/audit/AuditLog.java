package org.bodywork.audit;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.servlet.http.HttpServletRequest;
import org.bodywork.shared.ClientAddress;

/**
 * The audit log of health records: who read or changed which record, when and from where. Entries
 * join the caller's transaction, so a change and its entry are saved together or not at all.
 */
@Stateless
public class AuditLog {

    public static final String ACCOUNT = "account";
    /** The request attribute the authentication mechanism puts the signed-in account's number in. */
    public static final String ACTOR_ID = "bodywork.actor-id";
    /** The actor of what a scheduled job does. */
    public static final String JOB = "(scheduled job)";

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext session;

    @Inject
    HttpServletRequest request;

    @PermitAll
    public void record(AuditEvent.Action action, String recordType, Long recordId, Long subjectId) {
        em.persist(new AuditEvent(
                        session.getCallerPrincipal().getName(), action, recordType, recordId, subjectId, address())
                .by(actorId()));
    }

    /**
     * The same with a word on what was done, e.g. "kept until 2034-05-01". A scheduled job, having no
     * caller, is written as {@value #JOB}.
     */
    @PermitAll
    public void record(AuditEvent.Action action, String recordType, Long recordId, Long subjectId, String detail) {
        em.persist(new AuditEvent(actor(session), action, recordType, recordId, subjectId, address(), detail)
                .by(actorId()));
    }

    /** Who the caller is, for the record: their e-mail, or {@value #JOB} for a timer, which has none. */
    public static String actor(SessionContext session) {
        String caller = session.getCallerPrincipal().getName();
        return caller == null || "ANONYMOUS".equals(caller) ? JOB : caller;
    }

    /** A refused attempt, kept even though the refused request's own transaction rolls back. */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void refused(String recordType, Long recordId, Long subjectId) {
        record(AuditEvent.Action.REFUSED, recordType, recordId, subjectId);
        try {
            // Said once: RefusalFilter need not add a DENIED entry for the same request's 403.
            request.setAttribute(RefusalFilter.AUDITED, Boolean.TRUE);
        } catch (ContextNotActiveException | IllegalStateException noRequest) {
            // not a web request
        }
    }

    /**
     * A sign-in attempt with its outcome, kept whatever happens to the caller's transaction. The
     * actor is the e-mail address tried, the subject its account if there is one.
     */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void signIn(AuditEvent.Action outcome, String email, Long accountId, String address) {
        signIn(outcome, email, accountId, address, null);
    }

    /** The same, saying which step: "password" or "code" when the account has two-step sign-in. */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void signIn(AuditEvent.Action outcome, String email, Long accountId, String address, String step) {
        em.persist(new AuditEvent(
                        email == null || email.isBlank() ? "(none)" : email,
                        outcome,
                        ACCOUNT,
                        accountId,
                        accountId,
                        address,
                        step)
                // Who signs in acts; a failure's account is only what was tried.
                .by(outcome == AuditEvent.Action.SIGN_IN ? accountId : null));
    }

    /** A page or API call refused to the signed-in caller's role, e.g. "GET /admin/outbox". */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void denied(String what) {
        em.persist(new AuditEvent(
                        session.getCallerPrincipal().getName(),
                        AuditEvent.Action.DENIED,
                        "request",
                        null,
                        null,
                        address(),
                        what)
                .by(actorId()));
    }

    private Long actorId() {
        try {
            return request.getAttribute(ACTOR_ID) instanceof Long id ? id : null;
        } catch (ContextNotActiveException | IllegalStateException noRequest) {
            return null;
        }
    }

    private String address() {
        try {
            return ClientAddress.of(request);
        } catch (ContextNotActiveException | IllegalStateException noRequest) {
            return null; // a scheduled job or start-up work, not a person at an address
        }
    }
}
