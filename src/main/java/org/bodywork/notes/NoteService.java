package org.bodywork.notes;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.bodywork.audit.AuditEvent;
import org.bodywork.audit.AuditLog;
import org.bodywork.booking.Appointment;
import org.bodywork.booking.BookingService;
import org.bodywork.identity.Account;
import org.bodywork.identity.AccountService;
import org.bodywork.identity.Caller;
import org.bodywork.identity.Role;
import org.bodywork.intake.IntakeService;
import org.bodywork.screening.AnswersJson;
import org.bodywork.shared.BusinessException;
import org.bodywork.shared.Database;
import org.bodywork.shared.JsonText;
import org.bodywork.shared.Practice;
import org.bodywork.shared.Words;
import org.eclipse.microprofile.config.inject.ConfigProperty;

// Over 300 lines, not split yet: writing and signing, reading (with its access rule), amendments
// and the demo seed are separate use cases; splitting them is issue 21's work.

/**
 * Session notes: the transaction and security boundary. Only the appointment's therapist writes its
 * note; a therapist the client has also booked with may read it; the client reads their own signed
 * notes; admins read none. Every read, export, change, signature and amendment is audited.
 */
@Stateless
public class NoteService {

    static final String RECORD = "session_note";

    @PersistenceContext
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    AccountService accounts;

    @Inject
    BookingService booking;

    @Inject
    IntakeService intakes;

    @Inject
    AuditLog audit;

    @Inject
    Practice practice;

    @Inject
    Database database;

    /** Years a record is kept after the last treatment; never fewer than 8 (see {@link Retention}). */
    @Inject
    @ConfigProperty(name = "bodywork.notes.retention-years", defaultValue = "8")
    int retentionYears;

    /** A note as its reader sees it: with the people's names and its amendments. */
    public record NoteView(SessionNote note, String therapistName, String clientName, List<Amendment> amendments) {}

    /** A client's record: the notes the caller may read, newest first, and how long they are kept. */
    public record ClientNotes(Account client, List<NoteView> notes, LocalDate keepUntil) {}

    /** Starts the draft note of an appointment that has taken place; the caller is its therapist. */
    @RolesAllowed(Role.THERAPIST_NAME)
    public SessionNote start(long appointmentId) {
        Account me = caller.account();
        Appointment a = booking.appointment(appointmentId);
        if (a.getTherapistId() != me.getId()) {
            throw noAppointment();
        }
        findByAppointment(appointmentId).ifPresent(n -> {
            throw BusinessException.conflict(
                    "note_exists", null, Words.text("notes.this-appointment-already-has-a", String.valueOf(n.getId())));
        });
        if (a.getStatus() != Appointment.Status.BOOKED || a.getStartsAt().isAfter(Instant.now())) {
            throw BusinessException.refused(
                    "not_attended",
                    a.getStatus() == Appointment.Status.BOOKED
                            ? Words.text("notes.not-started-yet")
                            : Words.text("notes.did-not-take-place"));
        }
        LocalDate day = a.getStartsAt().atZone(practice.zone()).toLocalDate();
        var intake = intakes.screenedFor(a.getClientId(), day);
        ScreeningSnapshot screening =
                intake.map(s -> ScreeningSnapshot.of(s.screening())).orElse(ScreeningSnapshot.NONE);
        LocalDate bornOn = intake.map(s -> AnswersJson.read(
                                JsonText.object(s.version().getAnswers()),
                                s.version().getAssessedOn())
                        .dateOfBirth())
                .orElse(null);
        SessionNote note =
                new SessionNote(appointmentId, me.getId(), a.getClientId(), day, a.getTechnique(), bornOn, screening);
        em.persist(note);
        em.flush();
        audit.record(AuditEvent.Action.CREATE, RECORD, note.getId(), note.getClientId());
        return note;
    }

    @RolesAllowed({Role.CLIENT_NAME, Role.THERAPIST_NAME})
    public NoteView note(long id) {
        SessionNote n = readable(id, caller.account());
        audit.record(AuditEvent.Action.READ, RECORD, id, n.getClientId());
        return view(n, amendments(List.of(n.getId())));
    }

    /** The note of an appointment, if the caller may read it; for the diary's link. */
    @RolesAllowed({Role.CLIENT_NAME, Role.THERAPIST_NAME})
    public Optional<Long> noteOf(long appointmentId) {
        Account me = caller.account();
        return findByAppointment(appointmentId).filter(n -> mayRead(n, me)).map(SessionNote::getId);
    }

    /** Whether the caller wrote the note, and so may change or amend it. */
    @RolesAllowed({Role.CLIENT_NAME, Role.THERAPIST_NAME})
    public boolean isMine(SessionNote n) {
        return n.getTherapistId() == caller.account().getId();
    }

    /** Saves the draft (also the page's autosave). */
    @RolesAllowed(Role.THERAPIST_NAME)
    public SessionNote update(long id, NoteForm form) {
        SessionNote n = written(id, caller.account());
        n.update(form);
        audit.record(AuditEvent.Action.UPDATE, RECORD, id, n.getClientId());
        return n;
    }

    @RolesAllowed(Role.THERAPIST_NAME)
    public SessionNote sign(long id) {
        Account me = caller.account();
        SessionNote n = written(id, me);
        n.sign(me.getEmail(), me.getName(), Instant.now());
        audit.record(AuditEvent.Action.SIGN, RECORD, id, n.getClientId());
        return n;
    }

    @RolesAllowed(Role.THERAPIST_NAME)
    public Amendment amend(long id, String text, String reason) {
        Account me = caller.account();
        SessionNote n = written(id, me);
        Amendment a = n.amend(text, reason, me.getEmail(), me.getName(), Instant.now());
        em.persist(a);
        audit.record(AuditEvent.Action.AMEND, RECORD, id, n.getClientId());
        return a;
    }

    /** A client's notes the caller may read: their own signed ones, or a treating therapist's view. */
    @RolesAllowed({Role.CLIENT_NAME, Role.THERAPIST_NAME})
    public ClientNotes notesOf(long clientId) {
        Account me = caller.account();
        Account client = accounts.find(clientId).filter(c -> c.has(Role.CLIENT)).orElseThrow(NoteService::noClient);
        boolean self = me.getId().equals(clientId);
        if (!self && !(me.has(Role.THERAPIST) && hasTreated(me.getId(), clientId))) {
            audit.refused(RECORD, null, clientId);
            throw noClient();
        }
        List<SessionNote> all = em.createNamedQuery("SessionNote.ofClient", SessionNote.class)
                .setParameter("client", clientId)
                .getResultList();
        List<SessionNote> notes = all.stream().filter(n -> mayRead(n, me)).toList();
        Map<Long, List<Amendment>> amendments =
                amendments(notes.stream().map(SessionNote::getId).toList());
        List<NoteView> views = new ArrayList<>();
        for (SessionNote n : notes) {
            audit.record(AuditEvent.Action.READ, RECORD, n.getId(), clientId);
            views.add(view(n, amendments));
        }
        // Newest first: the first note, readable by the caller or not, is the last treatment.
        LocalDate keepUntil = all.isEmpty()
                ? null
                : new Retention(retentionYears)
                        .keepUntil(all.get(0).getSessionOn(), all.get(0).getClientBornOn());
        return new ClientNotes(client, views, keepUntil);
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

    /** A PDF and the name to save it under. */
    public record Pdf(String name, byte[] bytes) {}

    /** One note as a PDF, for those who may read it; the read and the export are audited together. */
    @RolesAllowed({Role.CLIENT_NAME, Role.THERAPIST_NAME})
    public Pdf notePdf(long id) {
        NoteView v = note(id);
        audit.record(AuditEvent.Action.EXPORT, RECORD, id, v.note().getClientId());
        return new Pdf(
                "session-note-" + id + ".pdf", new NotePdf(practice.zone()).record(v.clientName(), List.of(v), null));
    }

    /** A client's whole record of notes the caller may read, as one PDF. */
    @RolesAllowed({Role.CLIENT_NAME, Role.THERAPIST_NAME})
    public Pdf recordPdf(long clientId) {
        ClientNotes record = notesOf(clientId);
        for (NoteView v : record.notes()) {
            audit.record(AuditEvent.Action.EXPORT, RECORD, v.note().getId(), clientId);
        }
        return new Pdf(
                "session-notes-" + clientId + ".pdf",
                new NotePdf(practice.zone()).record(record.client().getName(), record.notes(), record.keepUntil()));
    }

    /** The caller's drafts, oldest first; overdue ones are flagged by the page. */
    @RolesAllowed(Role.THERAPIST_NAME)
    public List<NoteView> myDrafts() {
        Account me = caller.account();
        return em
                .createNamedQuery("SessionNote.draftsOf", SessionNote.class)
                .setParameter("therapist", me.getId())
                .getResultList()
                .stream()
                .map(n -> new NoteView(n, me.getName(), name(n.getClientId()), List.of()))
                .toList();
    }

    /** The caller's past appointments still without a note, newest first, for the therapist's dashboard. */
    @RolesAllowed(Role.THERAPIST_NAME)
    public List<Appointment> awaitingNotes(LocalDate since) {
        Account me = caller.account();
        return em.createQuery(
                        "SELECT a FROM Appointment a WHERE a.therapistId = :me AND a.status = :booked"
                                + " AND a.startsAt >= :since AND a.startsAt <= :now AND NOT EXISTS"
                                + " (SELECT n FROM SessionNote n WHERE n.appointmentId = a.id)"
                                + " ORDER BY a.startsAt DESC",
                        Appointment.class)
                .setParameter("me", me.getId())
                .setParameter("booked", Appointment.Status.BOOKED)
                .setParameter("since", since.atStartOfDay(practice.zone()).toInstant())
                .setParameter("now", Instant.now())
                .setMaxResults(50)
                .getResultList();
    }

    /** Whether a signed note says the client's health changed since their latest health form. */
    @RolesAllowed(Role.CLIENT_NAME)
    public boolean healthUpdateDue() {
        Account me = caller.account();
        Instant lastForm = em.createQuery(
                        "SELECT MAX(v.createdAt) FROM IntakeVersion v WHERE v.clientId = :me", Instant.class)
                .setParameter("me", me.getId())
                .getSingleResult();
        Long flagged = em.createQuery(
                        "SELECT COUNT(n) FROM SessionNote n WHERE n.clientId = :me AND n.signedAt IS NOT NULL"
                                + " AND n.healthChanged = TRUE AND (:form IS NULL OR n.signedAt > :form)",
                        Long.class)
                .setParameter("me", me.getId())
                .setParameter("form", lastForm)
                .getSingleResult();
        return flagged > 0;
    }

    // Demo data

    /**
     * Signed demo notes for the past sessions that took place, pain easing from one to the next, for
     * the demo database only; the latest session of each client is left without a note, so the
     * dashboard has one to write.
     */
    @PermitAll
    public void seedDemo(Instant now) {
        seedDemo(now, 0, Long.MAX_VALUE);
    }

    /** The same for the clients whose ids are in {@code [from, to]} (the load test's practice, in chunks). */
    @PermitAll
    public void seedDemo(Instant now, long from, long to) {
        database.requireDemo("Demo notes");
        List<Appointment> past = em.createQuery(
                        "SELECT a FROM Appointment a WHERE a.status = :booked AND a.startsAt < :now"
                                + " AND a.clientId BETWEEN :from AND :to AND NOT EXISTS"
                                + " (SELECT n FROM SessionNote n WHERE n.appointmentId = a.id)"
                                + " ORDER BY a.clientId, a.startsAt",
                        Appointment.class)
                .setParameter("booked", Appointment.Status.BOOKED)
                .setParameter("now", now)
                .setParameter("from", from)
                .setParameter("to", to)
                .getResultList();
        Map<Long, List<Appointment>> byClient = past.stream().collect(Collectors.groupingBy(Appointment::getClientId));
        ScreeningSnapshot untold = new ScreeningSnapshot(
                null,
                java.util.EnumSet.noneOf(org.bodywork.screening.Area.class),
                java.util.EnumSet.noneOf(org.bodywork.screening.Technique.class),
                List.of("Demo note: the screening was not recorded with it."));
        for (List<Appointment> sessions : byClient.values()) {
            for (int i = 0; i < sessions.size() - 1; i++) {
                Appointment a = sessions.get(i);
                Account therapist = accounts.find(a.getTherapistId()).orElseThrow();
                SessionNote n = new SessionNote(
                        a.getId(),
                        a.getTherapistId(),
                        a.getClientId(),
                        a.getStartsAt().atZone(practice.zone()).toLocalDate(),
                        a.getTechnique(),
                        null,
                        untold);
                n.update(DemoNotes.form(a.getTechnique(), i));
                n.sign(therapist.getEmail(), therapist.getName(), a.getEndsAt().plus(java.time.Duration.ofMinutes(20)));
                em.persist(n);
            }
        }
    }

    // The rest

    private Optional<SessionNote> findByAppointment(long appointmentId) {
        return em.createNamedQuery("SessionNote.ofAppointment", SessionNote.class)
                .setParameter("appointment", appointmentId)
                .getResultStream()
                .findFirst();
    }

    private SessionNote readable(long id, Account me) {
        SessionNote n = em.find(SessionNote.class, id);
        if (n == null || !mayRead(n, me)) {
            audit.refused(RECORD, id, n == null ? null : n.getClientId());
            throw noNote();
        }
        return n;
    }

    private boolean mayRead(SessionNote n, Account me) {
        if (me.has(Role.THERAPIST)
                && (n.getTherapistId() == me.getId() || (n.isSigned() && hasTreated(me.getId(), n.getClientId())))) {
            return true;
        }
        return me.has(Role.CLIENT) && n.getClientId() == me.getId() && n.isSigned();
    }

    /** The note for its author to change; anyone else is told there is no such note. */
    private SessionNote written(long id, Account me) {
        SessionNote n = em.find(SessionNote.class, id);
        if (n == null || n.getTherapistId() != me.getId()) {
            audit.refused(RECORD, id, n == null ? null : n.getClientId());
            throw n != null && mayRead(n, me)
                    ? BusinessException.refused("not_your_note", Words.text("notes.only-the-therapist-who-gave"))
                    : noNote();
        }
        return n;
    }

    private boolean hasTreated(long therapistId, long clientId) {
        return em.createNamedQuery("Appointment.countForPair", Long.class)
                        .setParameter("therapist", therapistId)
                        .setParameter("client", clientId)
                        .getSingleResult()
                > 0;
    }

    private Map<Long, List<Amendment>> amendments(List<Long> noteIds) {
        if (noteIds.isEmpty()) {
            return Map.of();
        }
        return em
                .createNamedQuery("Amendment.ofNotes", Amendment.class)
                .setParameter("notes", noteIds)
                .getResultList()
                .stream()
                .collect(Collectors.groupingBy(Amendment::getNoteId));
    }

    private NoteView view(SessionNote n, Map<Long, List<Amendment>> amendments) {
        // Already in order: the query sorts them, and grouping keeps that order.
        return new NoteView(
                n, name(n.getTherapistId()), name(n.getClientId()), amendments.getOrDefault(n.getId(), List.of()));
    }

    private String name(long accountId) {
        return accounts.find(accountId).map(Account::getName).orElse("");
    }

    private static BusinessException noNote() {
        // The same answer whether the note exists or not, so nothing leaks about other people's records.
        return BusinessException.notFound("no_note", Words.text("notes.you-have-no-session-note"));
    }

    private static BusinessException noClient() {
        return BusinessException.notFound("no_client", Words.text("notes.none-of-your-clients-has"));
    }

    private static BusinessException noAppointment() {
        return BusinessException.notFound("no_appointment", Words.text("notes.you-have-no-appointment-with"));
    }
}
