package org.bodywork.identity;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import org.bodywork.audit.AuditEvent;
import org.bodywork.audit.AuditLog;
import org.bodywork.shared.BusinessException;
import org.bodywork.shared.Words;

/**
 * An admin deactivates and reactivates a therapist's or admin's account (issue 23, M5): a leaver,
 * or an account in the wrong hands, signs in nowhere, and its sessions and API tokens end at their
 * next request, on every server. Audited.
 */
@Stateless
@RolesAllowed(Role.ADMIN_NAME)
public class StaffAccess {

    @PersistenceContext
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    AuditLog audit;

    public Account deactivate(long id) {
        Account staff = staff(id);
        if (staff.getId().equals(caller.account().getId())) {
            throw BusinessException.refused("own_account", Words.text("identity.you-cannot-deactivate-your-own"));
        }
        staff.deactivate(Instant.now());
        audit.record(AuditEvent.Action.UPDATE, AuditLog.ACCOUNT, staff.getId(), staff.getId(), "deactivated");
        return staff;
    }

    /** Lets a deactivated member of staff sign in again. */
    public Account reactivate(long id) {
        Account staff = staff(id);
        staff.reactivate();
        audit.record(AuditEvent.Action.UPDATE, AuditLog.ACCOUNT, staff.getId(), staff.getId(), "reactivated");
        return staff;
    }

    private Account staff(long id) {
        Account a = em.find(Account.class, id);
        if (a == null) {
            throw BusinessException.notFound("no_account", Words.text("identity.there-is-no-such-account"));
        }
        if (!a.has(Role.THERAPIST) && !a.has(Role.ADMIN)) {
            throw BusinessException.refused("not_staff", Words.text("identity.only-staff-accounts-are-deactivated"));
        }
        return a;
    }
}
