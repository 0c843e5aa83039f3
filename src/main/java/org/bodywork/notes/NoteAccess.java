package org.bodywork.notes;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import org.bodywork.audit.AuditLog;
import org.bodywork.identity.Account;
import org.bodywork.identity.Role;
import org.bodywork.shared.BusinessException;
import org.bodywork.shared.Words;

/**
 * Who may read and who may change a note, for the notes' services ({@link NoteWriting},
 * {@link NoteReading}); a refusal is audited and never says whether the note exists.
 */
@Stateless
public class NoteAccess {

    static final String RECORD = "session_note";

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditLog audit;

    @Inject
    org.bodywork.intake.CareAssignments care;

    /** Who is reading, as the rule needs them. */
    record Reader(long id, boolean therapist, boolean client) {
        static Reader of(Account a) {
            return new Reader(a.getId(), a.has(Role.THERAPIST), a.has(Role.CLIENT));
        }
    }

    /**
     * The rule: a therapist reads their own notes, and the signed notes of a client whose record is
     * {@code open} to them: in their care, and sharing their notes (issue 23, M5); a client reads
     * their own signed notes; admins read none. {@code open} is asked only when it decides.
     */
    static boolean mayRead(SessionNote n, Reader reader, BooleanSupplier open) {
        if (reader.therapist() && (n.getTherapistId() == reader.id() || (n.isSigned() && open.getAsBoolean()))) {
            return true;
        }
        return reader.client() && n.getClientId() == reader.id() && n.isSigned();
    }

    public boolean mayRead(SessionNote n, Account reader) {
        return mayRead(
                n, Reader.of(reader), () -> shares(n.getClientId()) && hasTreated(reader.getId(), n.getClientId()));
    }

    /** The note for a reader who may read it. */
    public SessionNote readable(long id, Account reader) {
        SessionNote n = em.find(SessionNote.class, id);
        if (n == null || !mayRead(n, reader)) {
            audit.refused(RECORD, id, n == null ? null : n.getClientId());
            throw noNote();
        }
        return n;
    }

    /** The note for its author to change; anyone else is told there is no such note. */
    public SessionNote written(long id, Account author) {
        SessionNote n = em.find(SessionNote.class, id);
        if (n == null || n.getTherapistId() != author.getId()) {
            audit.refused(RECORD, id, n == null ? null : n.getClientId());
            throw n != null && mayRead(n, author)
                    ? BusinessException.refused("not_your_note", Words.text("notes.only-the-therapist-who-gave"))
                    : noNote();
        }
        return n;
    }

    /** Whether the client lets every therapist in their care read their signed notes. */
    boolean shares(long clientId) {
        Account client = em.find(Account.class, clientId);
        return client != null && client.isSharesNotes();
    }

    public boolean hasTreated(long therapistId, long clientId) {
        return care.treats(therapistId, clientId);
    }

    public Optional<SessionNote> ofAppointment(long appointmentId) {
        return em.createNamedQuery("SessionNote.ofAppointment", SessionNote.class)
                .setParameter("appointment", appointmentId)
                .getResultStream()
                .findFirst();
    }

    private static BusinessException noNote() {
        // The same answer whether the note exists or not, so nothing leaks about other people's records.
        return BusinessException.notFound("no_note", Words.text("notes.you-have-no-session-note"));
    }
}
