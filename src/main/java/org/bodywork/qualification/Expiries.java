package org.bodywork.qualification;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.bodywork.identity.Account;
import org.bodywork.identity.AccountService;
import org.bodywork.identity.Role;
import org.bodywork.notification.Notifications;
import org.bodywork.notification.PracticeMails;
import org.bodywork.shared.Practice;

/**
 * The nightly work on the records ({@link ExpiryJob} runs it): expiring them after their last day,
 * warning therapists of the ones ending soon, and the admins' digest of the ones waiting; an admin
 * may send the last two at once.
 */
@Stateless
@PermitAll
public class Expiries {

    private static final List<Class<? extends VerifiedRecord>> KINDS = List.of(Qualification.class, Insurance.class);

    @PersistenceContext
    EntityManager em;

    @Inject
    AccountService accounts;

    @Inject
    Practice practice;

    @Inject
    Notifications notifications;

    private List<? extends VerifiedRecord> withStatus(Class<? extends VerifiedRecord> type, RecordStatus status) {
        return em.createNamedQuery(type.getSimpleName() + ".byStatus", type)
                .setParameter("status", status)
                .getResultList();
    }

    /** Marks every record whose last day has passed as EXPIRED; returns how many changed. */
    public int expire(LocalDate today) {
        int changed = 0;
        for (Class<? extends VerifiedRecord> type : KINDS) {
            for (RecordStatus status : List.of(RecordStatus.PENDING, RecordStatus.VERIFIED)) {
                for (VerifiedRecord record : withStatus(type, status)) {
                    if (record.expireOn(today)) {
                        changed++;
                    }
                }
            }
        }
        return changed;
    }

    /**
     * Warns each therapist, once per record and last day, of verified records ending within 30 days.
     * The job runs on every server; should two write the same warning at once, the outbox's unique
     * key refuses the second copy, which is dropped, and both runs go on (the cluster test races them).
     */
    public int warnExpiring(LocalDate today) {
        int warned = 0;
        for (Class<? extends VerifiedRecord> type : KINDS) {
            for (VerifiedRecord r : withStatus(type, RecordStatus.VERIFIED)) {
                if (r.endsSoon(today)) {
                    Account therapist = accounts.find(r.getTherapistId()).orElseThrow();
                    notifications.expiring(
                            type.getSimpleName().toLowerCase() + ":" + r.getId() + ":" + r.lastDay(),
                            therapist.getEmail(),
                            therapist.getName(),
                            r.what(),
                            r.lastDay());
                    warned++;
                }
            }
        }
        return warned;
    }

    /** An admin's "warn now", without waiting for the night. */
    @RolesAllowed(Role.ADMIN_NAME)
    public int warnExpiringNow() {
        return warnExpiring(practice.today());
    }

    /**
     * Writes the day's digest of records waiting to be checked to every admin, when any wait. Keyed by
     * day and admin, so the nightly run, a restart and a second server write it once between them.
     * Answers the number of records waiting.
     */
    public int digest(LocalDate today) {
        List<VerifiedRecord> waiting = new ArrayList<>();
        for (Class<? extends VerifiedRecord> type : KINDS) {
            waiting.addAll(withStatus(type, RecordStatus.PENDING));
        }
        if (waiting.isEmpty()) {
            return 0;
        }
        waiting.sort(Comparator.comparing(VerifiedRecord::getCreatedAt).thenComparing(VerifiedRecord::getId));
        Map<Long, String> names = new HashMap<>();
        List<PracticeMails.Waiting> lines = waiting.stream()
                .map(r -> new PracticeMails.Waiting(
                        names.computeIfAbsent(
                                r.getTherapistId(),
                                id -> accounts.find(id).map(Account::getName).orElse("therapist " + id)),
                        r.what(),
                        LocalDate.ofInstant(r.getCreatedAt(), practice.zone())))
                .toList();
        for (Account admin : em.createNamedQuery("Account.withRole", Account.class)
                .setParameter("role", Role.ADMIN)
                .getResultList()) {
            if (admin.isActive()) {
                notifications.digest(today, admin.getId(), admin.getEmail(), admin.getName(), lines);
            }
        }
        return waiting.size();
    }

    /** An admin's "send today's digest now" (it is still written once a day). */
    @RolesAllowed(Role.ADMIN_NAME)
    public int digestNow() {
        return digest(practice.today());
    }
}
