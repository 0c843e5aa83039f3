package org.bodywork.qualification;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.bodywork.identity.Account;
import org.bodywork.identity.AccountService;
import org.bodywork.identity.Role;
import org.bodywork.notification.Notifications;
import org.bodywork.shared.BusinessException;
import org.bodywork.shared.Practice;
import org.bodywork.shared.Words;

/** The admins' side of the records: the queue, verifying or rejecting, and what ends soon. */
@Stateless
@RolesAllowed(Role.ADMIN_NAME)
public class Verification {

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext session;

    @Inject
    AccountService accounts;

    @Inject
    Practice practice;

    @Inject
    Notifications notifications;

    @Inject
    RecordViews views;

    /** Records of one status, oldest first: the admin's queue when PENDING. */
    public Records withStatus(RecordStatus status) {
        return new Records(
                em.createNamedQuery("Qualification.byStatus", Qualification.class)
                        .setParameter("status", status)
                        .getResultList(),
                em.createNamedQuery("Insurance.byStatus", Insurance.class)
                        .setParameter("status", status)
                        .getResultList());
    }

    /** Every verified record whose last day falls in the next 30 days. */
    public Records expiringSoon() {
        return withStatus(RecordStatus.VERIFIED).endingSoon(practice.today());
    }

    /** Verifies the version of the record the admin saw ({@code seen}); a later one answers 409. */
    public VerifiedRecord verify(String recordType, long id, Long seen) {
        VerifiedRecord record = find(recordType, id);
        record.requireSeen(named(seen));
        record.verify();
        decided(recordType, record, null);
        return record;
    }

    public VerifiedRecord reject(String recordType, long id, Long seen, String reason) {
        if (reason == null || reason.isBlank()) {
            throw BusinessException.invalid("reason", Words.text("qualification.say-why-so-the-therapist"));
        }
        if (reason.length() > 1000) {
            throw BusinessException.invalid("reason", Words.text("qualification.the-reason-can-be-at"));
        }
        VerifiedRecord record = find(recordType, id);
        record.requireSeen(named(seen));
        record.reject();
        decided(recordType, record, reason.trim());
        return record;
    }

    /** The decision is kept, and the therapist hears of it by e-mail, written with it. */
    private void decided(String recordType, VerifiedRecord record, String rejection) {
        VerificationDecision decision = new VerificationDecision(
                recordType,
                record,
                views.snapshot(recordType, record),
                session.getCallerPrincipal().getName(),
                rejection);
        em.persist(decision);
        em.flush();
        Account therapist = accounts.find(record.getTherapistId()).orElseThrow();
        notifications.decision(decision.getId(), therapist.getEmail(), therapist.getName(), record.what(), rejection);
    }

    private static long named(Long seen) {
        if (seen == null) {
            throw BusinessException.invalid("version", Words.text("qualification.say-which-version-of"));
        }
        return seen;
    }

    private VerifiedRecord find(String recordType, long id) {
        VerifiedRecord record = em.find(VerifiedRecord.type(recordType), id);
        if (record == null) {
            throw VerifiedRecord.noSuchRecord();
        }
        return record;
    }
}
