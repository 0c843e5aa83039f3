package org.bodywork.notes;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import org.bodywork.audit.AuditEvent;
import org.bodywork.audit.AuditLog;
import org.bodywork.booking.Appointment;
import org.bodywork.booking.Appointments;
import org.bodywork.identity.Account;
import org.bodywork.identity.Caller;
import org.bodywork.identity.Role;
import org.bodywork.intake.IntakeRecords;
import org.bodywork.screening.AnswersJson;
import org.bodywork.shared.BusinessException;
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
    Appointments booking;

    @Inject
    IntakeRecords intakes;

    @Inject
    AuditLog audit;

    @Inject
    Practice practice;

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
}
