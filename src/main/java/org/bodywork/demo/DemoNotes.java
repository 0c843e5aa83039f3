package org.bodywork.demo;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.bodywork.booking.Appointment;
import org.bodywork.identity.Account;
import org.bodywork.identity.AccountService;
import org.bodywork.notes.NoteForm;
import org.bodywork.notes.Pressure;
import org.bodywork.notes.ScreeningSnapshot;
import org.bodywork.notes.SessionNote;
import org.bodywork.screening.Area;
import org.bodywork.screening.Technique;
import org.bodywork.shared.Database;
import org.bodywork.shared.Practice;

/** The demo's session notes: a client whose pain eases over a course of sessions. */
@Stateless
@PermitAll
public class DemoNotes {

    @PersistenceContext
    EntityManager em;

    @Inject
    AccountService accounts;

    @Inject
    Practice practice;

    @Inject
    Database database;

    /**
     * Signed demo notes for the past sessions that took place, pain easing from one to the next, for
     * the demo database only; the latest session of each client is left without a note, so the
     * dashboard has one to write.
     */
    public void seed(Instant now) {
        seed(now, 0, Long.MAX_VALUE);
    }

    /** The same for the clients whose ids are in {@code [from, to]} (the load test's practice, in chunks). */
    public void seed(Instant now, long from, long to) {
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
                n.update(form(a.getTechnique(), i));
                n.sign(therapist.getEmail(), therapist.getName(), a.getEndsAt().plus(Duration.ofMinutes(20)));
                em.persist(n);
            }
        }
    }

    private static NoteForm form(Technique technique, int session) {
        boolean feet = technique == Technique.REFLEXOLOGY;
        int before = Math.max(2, 8 - session);
        NoteForm f = new NoteForm();
        f.setClientWords(
                session == 0
                        ? "Stiff neck and shoulders from desk work; worse by the end of the week."
                        : "Better since last time; still tight after long days at the desk.");
        f.setPainBefore(before);
        f.setChangesSince(session == 0 ? null : "Doing the stretches most days.");
        f.setHealthChanged(false);
        f.setObservations("Right shoulder held higher than the left.");
        f.setPalpation(feet ? "Tender over the arches." : "Hypertonic upper trapezius, right more than left.");
        f.setAreas(feet ? EnumSet.of(Area.FEET) : EnumSet.of(Area.NECK, Area.SHOULDERS, Area.UPPER_BACK));
        f.setTechniques(EnumSet.of(technique));
        f.setPressure(Pressure.MEDIUM);
        f.setMinutes(feet ? 40 : 55);
        f.setResponse("Relaxed well; range of movement in the neck improved.");
        f.setPainAfter(Math.max(0, before - 3));
        f.setNextSteps("Continue fortnightly; review at the next session.");
        f.setFrequency("Every two weeks");
        f.setHomeCare("Chin tucks and doorway chest stretch, twice a day.");
        return f;
    }
}
