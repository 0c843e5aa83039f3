package org.bodywork.notes;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.bodywork.audit.AuditEvent;
import org.bodywork.audit.AuditLog;
import org.bodywork.identity.Account;
import org.bodywork.identity.AccountService;
import org.bodywork.identity.Caller;
import org.bodywork.identity.Role;
import org.bodywork.shared.BusinessException;
import org.bodywork.shared.Practice;
import org.bodywork.shared.Words;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Reading notes, one or a client's whole record, on the page or as PDF, for those {@link NoteAccess}
 * lets read them; every read and export is audited.
 */
@Stateless
@RolesAllowed({Role.CLIENT_NAME, Role.THERAPIST_NAME})
public class NoteReading {

    @PersistenceContext
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    NoteAccess access;

    @Inject
    AccountService accounts;

    @Inject
    AuditLog audit;

    @Inject
    Practice practice;

    /** Years a record is kept after the last treatment; never fewer than 8 (see {@link Retention}). */
    @Inject
    @ConfigProperty(name = "bodywork.notes.retention-years", defaultValue = "8")
    int retentionYears;

    public NoteView note(long id) {
        SessionNote n = access.readable(id, caller.account());
        audit.record(AuditEvent.Action.READ, NoteAccess.RECORD, id, n.getClientId());
        return views(List.of(n)).get(0);
    }

    /** The note of an appointment, if the caller may read it; for the diary's link. */
    public Optional<Long> noteOf(long appointmentId) {
        Account me = caller.account();
        return access.ofAppointment(appointmentId)
                .filter(n -> access.mayRead(n, me))
                .map(SessionNote::getId);
    }

    /** Whether the caller wrote the note, and so may change or amend it. */
    public boolean isMine(SessionNote n) {
        return n.getTherapistId() == caller.account().getId();
    }

    /**
     * A client's notes the caller may read: their own signed ones, or for a therapist in their care,
     * their own notes and, if the client shares them, the others' signed ones.
     */
    public ClientNotes notesOf(long clientId) {
        Account me = caller.account();
        Account client = accounts.find(clientId).filter(c -> c.has(Role.CLIENT)).orElseThrow(NoteReading::noClient);
        boolean self = me.getId().equals(clientId);
        boolean treated = !self && me.has(Role.THERAPIST) && access.hasTreated(me.getId(), clientId);
        if (!self && !treated) {
            audit.refused(NoteAccess.RECORD, null, clientId);
            throw noClient();
        }
        List<SessionNote> all = em.createNamedQuery("SessionNote.ofClient", SessionNote.class)
                .setParameter("client", clientId)
                .getResultList();
        NoteAccess.Reader reader = NoteAccess.Reader.of(me);
        List<SessionNote> notes = all.stream()
                .filter(n -> NoteAccess.mayRead(n, reader, () -> treated && client.isSharesNotes()))
                .toList();
        notes.forEach(n -> audit.record(AuditEvent.Action.READ, NoteAccess.RECORD, n.getId(), clientId));
        // Newest first: the first note, readable by the caller or not, is the last treatment.
        LocalDate keepUntil = all.isEmpty()
                ? null
                : new Retention(retentionYears)
                        .keepUntil(all.get(0).getSessionOn(), all.get(0).getClientBornOn());
        return new ClientNotes(client, views(notes), keepUntil);
    }

    /** The caller's own signed notes, for a client. */
    @RolesAllowed(Role.CLIENT_NAME)
    public ClientNotes mine() {
        return notesOf(caller.account().getId());
    }

    /**
     * The last day the signed-in client's notes must be kept, if they have any: what erasing them
     * waits for. Nothing of the notes is read out, so nothing is audited.
     */
    @RolesAllowed(Role.CLIENT_NAME)
    public Optional<LocalDate> myKeepUntil() {
        return em.createNamedQuery("SessionNote.ofClient", SessionNote.class)
                .setParameter("client", caller.account().getId())
                .setMaxResults(1)
                .getResultStream()
                .findFirst()
                .map(last -> new Retention(retentionYears).keepUntil(last.getSessionOn(), last.getClientBornOn()));
    }

    /** One note as a PDF, for those who may read it; the read and the export are audited together. */
    public PdfFile notePdf(long id) {
        NoteView v = note(id);
        audit.record(AuditEvent.Action.EXPORT, NoteAccess.RECORD, id, v.note().getClientId());
        return new PdfFile(
                "session-note-" + id + ".pdf", new NotePdf(practice.zone()).record(v.clientName(), List.of(v), null));
    }

    /** A client's whole record of notes the caller may read, as one PDF. */
    public PdfFile recordPdf(long clientId) {
        ClientNotes record = notesOf(clientId);
        for (NoteView v : record.notes()) {
            audit.record(AuditEvent.Action.EXPORT, NoteAccess.RECORD, v.note().getId(), clientId);
        }
        return new PdfFile(
                "session-notes-" + clientId + ".pdf",
                new NotePdf(practice.zone()).record(record.client().getName(), record.notes(), record.keepUntil()));
    }

    /** The notes with their people's names and amendments: one query for each, whatever the count. */
    private List<NoteView> views(List<SessionNote> notes) {
        if (notes.isEmpty()) {
            return List.of();
        }
        Set<Long> people = new HashSet<>();
        notes.forEach(n -> {
            people.add(n.getTherapistId());
            people.add(n.getClientId());
        });
        Map<Long, String> names = accounts.names(people);
        // Already in order: the query sorts them, and grouping keeps that order.
        Map<Long, List<Amendment>> amendments = em
                .createNamedQuery("Amendment.ofNotes", Amendment.class)
                .setParameter("notes", notes.stream().map(SessionNote::getId).toList())
                .getResultList()
                .stream()
                .collect(Collectors.groupingBy(Amendment::getNoteId));
        List<NoteView> views = new ArrayList<>();
        for (SessionNote n : notes) {
            views.add(new NoteView(
                    n,
                    names.getOrDefault(n.getTherapistId(), ""),
                    names.getOrDefault(n.getClientId(), ""),
                    amendments.getOrDefault(n.getId(), List.of())));
        }
        return views;
    }

    private static BusinessException noClient() {
        return BusinessException.notFound("no_client", Words.text("notes.none-of-your-clients-has"));
    }
}
