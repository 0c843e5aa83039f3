package org.bodywork.qualification;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bodywork.audit.AuditEvent;
import org.bodywork.audit.AuditLog;
import org.bodywork.identity.Caller;
import org.bodywork.identity.Role;
import org.bodywork.shared.BusinessException;
import org.bodywork.shared.Evidence;
import org.bodywork.shared.Practice;
import org.bodywork.shared.Words;

/**
 * A therapist's own qualifications and insurance: submitting and changing them, the files that
 * prove them, and why one was turned down. Admins read the files too, to decide.
 */
@Stateless
public class TherapistRecords {

    static final int MAX_EVIDENCE = 10 * 1024 * 1024;

    /** Files a record may hold: enough for a certificate, a transcript and a renewal or two (issue 23, L4). */
    static final int MAX_FILES = 10;

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext session;

    @Inject
    Caller caller;

    @Inject
    Practice practice;

    @Inject
    AuditLog audit;

    @RolesAllowed(Role.THERAPIST_NAME)
    public Records mine() {
        long me = caller.account().getId();
        return new Records(
                em.createNamedQuery("Qualification.byTherapist", Qualification.class)
                        .setParameter("therapist", me)
                        .getResultList(),
                em.createNamedQuery("Insurance.byTherapist", Insurance.class)
                        .setParameter("therapist", me)
                        .getResultList());
    }

    /** The signed-in therapist's verified records whose last day falls in the next 30 days. */
    @RolesAllowed(Role.THERAPIST_NAME)
    public Records myExpiringSoon() {
        return mine().endingSoon(practice.today());
    }

    @RolesAllowed(Role.THERAPIST_NAME)
    public Qualification addQualification(NewQualification request) {
        request.validate(practice.today());
        Qualification q = new Qualification(caller.account().getId(), request);
        em.persist(q);
        return q;
    }

    /** The therapist's change to their own record; a verified one needs verifying again. */
    @RolesAllowed(Role.THERAPIST_NAME)
    public Qualification changeQualification(long id, NewQualification request) {
        request.validate(practice.today());
        Qualification q = own(Qualification.class, id);
        q.change(request);
        return q;
    }

    @RolesAllowed(Role.THERAPIST_NAME)
    public Insurance addInsurance(NewInsurance request) {
        request.validate();
        Insurance i = new Insurance(caller.account().getId(), request);
        em.persist(i);
        return i;
    }

    /** Attaches a file to one of the therapist's own records; a verified or rejected one goes back to the queue. */
    @RolesAllowed(Role.THERAPIST_NAME)
    public EvidenceFile attach(String recordType, long recordId, String name, byte[] bytes) {
        VerifiedRecord record = own(VerifiedRecord.type(recordType), recordId);
        if (filesOf(recordType, recordId).size() >= MAX_FILES) {
            throw BusinessException.invalid(
                    "evidence", Words.text("qualification.a-record-holds-at-most", String.valueOf(MAX_FILES)));
        }
        record.evidenceAdded();
        // A new file is a new version of the record even when nothing else of it changes, so an
        // admin who looked at it before the file came cannot verify it unseen.
        em.lock(record, jakarta.persistence.LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        EvidenceFile file = new EvidenceFile(recordType, recordId, Evidence.of(name, bytes, MAX_EVIDENCE));
        em.persist(file);
        return file;
    }

    /** A file, for the therapist whose record it proves or for an admin. */
    @RolesAllowed({Role.THERAPIST_NAME, Role.ADMIN_NAME})
    public EvidenceFile evidence(long fileId) {
        EvidenceFile file = em.find(EvidenceFile.class, fileId);
        VerifiedRecord record =
                file == null ? null : em.find(VerifiedRecord.type(file.getOwnerType()), file.getOwnerId());
        boolean admin = session.isCallerInRole(Role.ADMIN_NAME);
        if (record == null
                || (!admin && record.getTherapistId() != caller.account().getId())) {
            audit.refused("evidence", fileId, record == null ? null : record.getTherapistId());
            throw VerifiedRecord.noSuchRecord();
        }
        audit.record(AuditEvent.Action.READ, "evidence", fileId, record.getTherapistId());
        file.bytes(); // loads the lazy bytes inside the transaction
        return file;
    }

    @RolesAllowed({Role.THERAPIST_NAME, Role.ADMIN_NAME})
    public List<EvidenceFile.Listed> filesOf(String recordType, long recordId) {
        return em.createNamedQuery("EvidenceFile.of", EvidenceFile.Listed.class)
                .setParameter("type", recordType)
                .setParameter("owner", recordId)
                .getResultList();
    }

    /** The files of many records of one kind, by record, each list oldest first. */
    @RolesAllowed({Role.THERAPIST_NAME, Role.ADMIN_NAME})
    public Map<Long, List<EvidenceFile.Listed>> filesOf(String recordType, Collection<Long> recordIds) {
        if (recordIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, List<EvidenceFile.Listed>> files = new HashMap<>();
        for (Object[] row : em.createNamedQuery("EvidenceFile.ofAll", Object[].class)
                .setParameter("type", recordType)
                .setParameter("owners", recordIds)
                .getResultList()) {
            files.computeIfAbsent((Long) row[0], k -> new ArrayList<>())
                    .add(new EvidenceFile.Listed((Long) row[1], (String) row[2], (String) row[3]));
        }
        return files;
    }

    /** The reason of the last rejection of a record, for its therapist to read. */
    @RolesAllowed({Role.THERAPIST_NAME, Role.ADMIN_NAME})
    public Optional<String> rejectionReason(String recordType, long recordId) {
        return em.createNamedQuery("VerificationDecision.reasons", String.class)
                .setParameter("type", recordType)
                .setParameter("record", recordId)
                .setMaxResults(1)
                .getResultStream()
                .findFirst();
    }

    private <T extends VerifiedRecord> T own(Class<T> type, long id) {
        T record = em.find(type, id);
        if (record == null || record.getTherapistId() != caller.account().getId()) {
            throw VerifiedRecord.noSuchRecord();
        }
        return record;
    }
}
