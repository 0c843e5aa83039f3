package org.bodywork.audit;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.bodywork.shared.BusinessException;
import org.bodywork.shared.Practice;
import org.bodywork.shared.Words;

/**
 * Reading the audit log: admins search all of it; a client sees who has read or changed their
 * records. Role names are written out rather than taken from identity, which itself writes to
 * the audit log: the dependency goes one way only.
 */
@Stateless
public class AuditService {

    /** At most this many entries per search, newest first. */
    public static final int LIMIT = 500;

    static final int MAX_DAYS = 366;

    private static final List<AuditEvent.Action> NOT_ABOUT_RECORDS = List.of(
            AuditEvent.Action.SIGN_IN,
            AuditEvent.Action.SIGN_IN_FAILED,
            AuditEvent.Action.SIGN_IN_BLOCKED,
            AuditEvent.Action.DENIED);

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext session;

    @Inject
    Practice practice;

    /** One entry as people read it: names beside addresses. */
    public record Entry(
            long id,
            Instant at,
            String actor,
            String actorName,
            AuditEvent.Action action,
            String recordType,
            Long recordId,
            Long subjectId,
            String subjectName,
            String address,
            String detail) {}

    /**
     * What an admin asks: a person (part of an e-mail address or name, as actor or as the one the
     * record is about), a record, and days; any may be left out but the days, which default to the
     * last 30.
     */
    public record Search(String person, String recordType, Long recordId, LocalDate from, LocalDate to) {}

    @RolesAllowed("ADMIN")
    public List<Entry> search(Search s) {
        LocalDate to = s.to() == null ? practice.today() : s.to();
        LocalDate from = s.from() == null ? to.minusDays(30) : s.from();
        String person = s.person() == null ? "" : s.person().strip().toLowerCase(Locale.ROOT);
        String recordType = s.recordType() == null ? "" : s.recordType().strip();
        requireSensible(from, to, person, recordType, s.recordId());
        StringBuilder where = new StringBuilder(" WHERE e.at >= :from AND e.at < :to");
        if (!person.isEmpty()) {
            where.append(" AND (LOWER(e.actor) LIKE :person ESCAPE '\\' OR LOWER(a.name) LIKE :person ESCAPE '\\'"
                    + " OR LOWER(s.name) LIKE :person ESCAPE '\\' OR LOWER(s.email) LIKE :person ESCAPE '\\')");
        }
        if (!recordType.isEmpty()) {
            where.append(" AND e.recordType = :type");
        }
        if (s.recordId() != null) {
            where.append(" AND e.recordId = :record");
        }
        TypedQuery<Object[]> q = query(where.toString())
                .setParameter("from", from.atStartOfDay(practice.zone()).toInstant())
                .setParameter("to", to.plusDays(1).atStartOfDay(practice.zone()).toInstant());
        if (!person.isEmpty()) {
            q.setParameter(
                    "person",
                    "%" + person.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        }
        if (!recordType.isEmpty()) {
            q.setParameter("type", recordType);
        }
        if (s.recordId() != null) {
            q.setParameter("record", s.recordId());
        }
        return entries(q);
    }

    private static void requireSensible(LocalDate from, LocalDate to, String person, String recordType, Long recordId) {
        if (from.isAfter(to)) {
            throw BusinessException.invalid("from", Words.text("audit.the-first-day-must-not"));
        }
        if (ChronoUnit.DAYS.between(from, to) > MAX_DAYS) {
            throw BusinessException.invalid("to", Words.text("audit.search-at-most-days-at", String.valueOf(MAX_DAYS)));
        }
        if (person.length() > 100) {
            throw BusinessException.invalid("person", Words.text("audit.give-at-most-characters-of"));
        }
        if (recordType.length() > 40) {
            throw BusinessException.invalid("recordType", Words.text("audit.give-a-record-type-of"));
        }
        if (recordId != null && recordId < 1) {
            throw BusinessException.invalid("recordId", Words.text("audit.a-record-number-is-or"));
        }
    }

    /** Who has read, changed or tried to open the signed-in client's records, other than themselves. */
    @RolesAllowed("CLIENT")
    public List<Entry> aboutMe() {
        return myId().map(
                        id -> entries(query(" WHERE e.subjectId = :subject AND e.actor <> :me AND e.action NOT IN :not")
                                .setParameter("subject", id)
                                .setParameter("me", session.getCallerPrincipal().getName())
                                .setParameter("not", NOT_ABOUT_RECORDS)))
                .orElse(List.of());
    }

    /** Every entry about the signed-in client, their own actions included: for their copy of their data. */
    @RolesAllowed("CLIENT")
    public List<Entry> allAboutMe() {
        return myId().map(id -> entries(query(" WHERE e.subjectId = :subject")
                        .setMaxResults(100_000)
                        .setParameter("subject", id)))
                .orElse(List.of());
    }

    private java.util.Optional<Long> myId() {
        return em.createQuery("SELECT a.id FROM Account a WHERE a.email = :me", Long.class)
                .setParameter("me", session.getCallerPrincipal().getName())
                .getResultStream()
                .findFirst();
    }

    // Account is named in the query, not imported: JPQL knows every entity of the unit.
    private TypedQuery<Object[]> query(String where) {
        return em.createQuery(
                        "SELECT e, a.name, s.name FROM AuditEvent e"
                                // By number where the entry has it: an address may have changed hands since.
                                + " LEFT JOIN Account a ON (a.id = e.actorId"
                                + " OR (e.actorId IS NULL AND a.email = e.actor))"
                                + " LEFT JOIN Account s ON s.id = e.subjectId"
                                + where
                                + " ORDER BY e.at DESC, e.id DESC",
                        Object[].class)
                .setMaxResults(LIMIT);
    }

    private static List<Entry> entries(TypedQuery<Object[]> q) {
        List<Entry> entries = new ArrayList<>();
        for (Object[] row : q.getResultList()) {
            AuditEvent e = (AuditEvent) row[0];
            entries.add(new Entry(
                    e.getId(),
                    e.getAt(),
                    e.getActor(),
                    (String) row[1],
                    e.getAction(),
                    e.getRecordType(),
                    e.getRecordId(),
                    e.getSubjectId(),
                    (String) row[2],
                    e.getAddress(),
                    e.getDetail()));
        }
        return entries;
    }
}
