package org.bodywork.notes;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.bodywork.audit.AuditEvent;
import org.bodywork.audit.AuditLog;
import org.bodywork.booking.Appointment;
import org.bodywork.booking.Appointments;
import org.bodywork.identity.Account;
import org.bodywork.identity.AccountService;
import org.bodywork.identity.Caller;
import org.bodywork.identity.Role;
import org.bodywork.intake.IntakeRecords;
import org.bodywork.screening.AnswersJson;
import org.bodywork.screening.Area;
import org.bodywork.screening.Technique;
import org.bodywork.shared.BusinessException;
import org.bodywork.shared.Database;
import org.bodywork.shared.JsonText;
import org.bodywork.shared.Practice;
import org.bodywork.shared.Words;

/**
 * A therapist writes the note of an appointment that took place: starts it with the screening of
 * the day, saves the draft, signs it, and afterwards only amends it. Each step is audited.
 */
@Stateless
@RolesAllowed(Role.THERAPIST_NAME)
public class NoteWriting {

    @PersistenceContext
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    NoteAccess access;

    @Inject
    AccountService accounts;

    @Inject
    Appointments booking;

    @Inject
    IntakeRecords intakes;

    @Inject
    AuditLog audit;

    @Inject
    Practice practice;

    @Inject
    Database database;

    /** Starts the draft note of an appointment that has taken place; the caller is its therapist. */
    public SessionNote start(long appointmentId) {
        Account me = caller.account();
        Appointment a = booking.appointment(appointmentId);
        if (a.getTherapistId() != me.getId()) {
            throw BusinessException.notFound("no_appointment", Words.text("notes.you-have-no-appointment-with"));
        }
        access.ofAppointment(appointmentId).ifPresent(n -> {
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
        audit.record(AuditEvent.Action.CREATE, NoteAccess.RECORD, note.getId(), note.getClientId());
        return note;
    }

    /** Saves the draft (also the page's autosave). */
    public SessionNote update(long id, NoteForm form) {
        SessionNote n = access.written(id, caller.account());
        n.update(form);
        audit.record(AuditEvent.Action.UPDATE, NoteAccess.RECORD, id, n.getClientId());
        return n;
    }

    public SessionNote sign(long id) {
        Account me = caller.account();
        SessionNote n = access.written(id, me);
        n.sign(me.getEmail(), me.getName(), Instant.now());
        audit.record(AuditEvent.Action.SIGN, NoteAccess.RECORD, id, n.getClientId());
        return n;
    }

    public Amendment amend(long id, String text, String reason) {
        Account me = caller.account();
        SessionNote n = access.written(id, me);
        Amendment a = n.amend(text, reason, me.getEmail(), me.getName(), Instant.now());
        em.persist(a);
        audit.record(AuditEvent.Action.AMEND, NoteAccess.RECORD, id, n.getClientId());
        return a;
    }

    // Leaves for demo/ with the other seedDemo methods (issue 21, item 8).

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
                EnumSet.noneOf(Area.class),
                EnumSet.noneOf(Technique.class),
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
                n.sign(therapist.getEmail(), therapist.getName(), a.getEndsAt().plus(Duration.ofMinutes(20)));
                em.persist(n);
            }
        }
    }
}
