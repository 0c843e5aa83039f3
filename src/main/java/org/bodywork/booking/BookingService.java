package org.bodywork.booking;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.bodywork.identity.Account;
import org.bodywork.identity.AccountService;
import org.bodywork.identity.Caller;
import org.bodywork.identity.Role;
import org.bodywork.intake.CareAssignments;
import org.bodywork.intake.IntakeRecords;
import org.bodywork.intake.Submission;
import org.bodywork.notification.AppointmentEvent;
import org.bodywork.notification.Notifications;
import org.bodywork.qualification.Directory;
import org.bodywork.qualification.Directory.Standing;
import org.bodywork.shared.BusinessException;
import org.bodywork.shared.Practice;
import org.bodywork.shared.Words;

/**
 * Appointments - booked by clients, cancelled, moved and closed by clients, their therapist or an
 * admin. Reading them is {@link Appointments}', the menu {@link Menu}'s, weeks are {@link TherapistHours}', free slots {@link
 * Availability}'s, lists with names {@link Diaries}' and subscriptions {@link CalendarFeeds}'.
 *
 * <p>No two appointments of one therapist can overlap: booking and moving lock the therapist's and
 * the client's account rows (always in id order, so two requests never wait on each other in a
 * circle), then check for overlaps and insert in the same transaction. Connections read committed
 * data, so the check sees everything the previous lock holder committed, on any server.
 */
@Stateless
public class BookingService {

    static final Set<Appointment.Status> TAKING_TIME =
            EnumSet.of(Appointment.Status.BOOKED, Appointment.Status.NO_SHOW);

    @PersistenceContext
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    AccountService accounts;

    @Inject
    Menu menu;

    @Inject
    Appointments appointments;

    @Inject
    Availability availability;

    @Inject
    IntakeRecords intakes;

    @Inject
    CareAssignments care;

    @Inject
    Directory directory;

    @Inject
    Practice practice;

    @Inject
    Notifications notifications;

    // Appointments

    /** Books the signed-in client, re-checking everything in this transaction. */
    @RolesAllowed(Role.CLIENT_NAME)
    public Appointment book(long therapistId, long serviceId, Instant start) {
        Account me = caller.account();
        me.requireConfirmedEmail();
        Service service = menu.onMenu(serviceId)
                .orElseThrow(
                        () -> BusinessException.invalid("serviceId", Words.text("booking.there-is-no-service-with")));
        Standing standing = directory
                .standing(therapistId)
                .orElseThrow(() ->
                        BusinessException.invalid("therapistId", Words.text("booking.there-is-no-therapist-with")));
        requireSlot(standing, service, start);
        int review = requireEligible(me.getId(), standing, service, start);
        lock(therapistId, me.getId());
        Appointment appointment = new Appointment(therapistId, me.getId(), service, start);
        requireFree(appointment, null);
        AppointmentChange booked = insert(appointment, me.getEmail());
        care.lookAfterOnBooking(therapistId, me.getId());
        tell(appointment, booked, AppointmentEvent.Kind.BOOKED, review);
        return appointment;
    }

    @RolesAllowed({Role.CLIENT_NAME, Role.THERAPIST_NAME, Role.ADMIN_NAME})
    public Appointment cancel(long id, String reason) {
        Account me = caller.account();
        Appointment a = appointments.appointment(id);
        AppointmentChange change = a.cancel(
                actor(a, me), me.getEmail(), Instant.now(), menu.rules().cutoff(), reason);
        em.persist(change);
        tell(a, change, AppointmentEvent.Kind.CANCELLED, 0);
        return a;
    }

    /** Moves an appointment to another free slot of the same therapist and service. */
    @RolesAllowed({Role.CLIENT_NAME, Role.THERAPIST_NAME, Role.ADMIN_NAME})
    public Appointment reschedule(long id, Instant start) {
        Account me = caller.account();
        Appointment a = appointments.appointment(id);
        Service service = menu.service(a.getServiceId());
        Standing standing = directory.standing(a.getTherapistId()).orElseThrow(Availability::noTherapist);
        requireSlot(standing, service, start);
        int review = requireEligible(a.getClientId(), standing, service, start);
        lock(a.getTherapistId(), a.getClientId());
        em.refresh(a);
        AppointmentChange change = a.reschedule(
                actor(a, me), me.getEmail(), Instant.now(), menu.rules().cutoff(), start, service.length());
        requireFree(a, a.getId());
        em.persist(change);
        tell(a, change, AppointmentEvent.Kind.MOVED, review);
        return a;
    }

    @RolesAllowed({Role.THERAPIST_NAME, Role.ADMIN_NAME})
    public Appointment markNoShow(long id) {
        Account me = caller.account();
        Appointment a = appointments.appointment(id);
        em.persist(a.markNoShow(me.getEmail(), Instant.now()));
        return a;
    }

    // The rest

    /** Stores a new appointment and the first line of its history, which needs its id. */
    private AppointmentChange insert(Appointment a, String by) {
        em.persist(a);
        em.flush();
        AppointmentChange booked = a.booked(by);
        em.persist(booked);
        return booked;
    }

    /**
     * Tells the client and the therapist, by e-mail written in this same transaction; and the client,
     * before the day, to check a form that will be {@code reviewMonths} old by then (0: it will not).
     */
    private void tell(Appointment a, AppointmentChange change, AppointmentEvent.Kind kind, int reviewMonths) {
        em.flush();
        Account client = accounts.find(a.getClientId()).orElseThrow();
        Account therapist = accounts.find(a.getTherapistId()).orElseThrow();
        int sequence = em.createNamedQuery("AppointmentChange.of", AppointmentChange.class)
                        .setParameter("appointment", a.getId())
                        .getResultList()
                        .size()
                - 1;
        AppointmentEvent event = new AppointmentEvent(
                a.getId(),
                change.getId(),
                kind,
                menu.service(a.getServiceId()).getName(),
                a.getStartsAt(),
                a.getEndsAt(),
                change.getFromStart(),
                sequence,
                new AppointmentEvent.Party(client.getEmail(), client.getName()),
                new AppointmentEvent.Party(therapist.getEmail(), therapist.getName()));
        notifications.appointment(event);
        notifications.intakeReview(event, a.getClientId(), reviewMonths);
    }

    private void requireSlot(Standing standing, Service service, Instant start) {
        if (!availability.isSlot(standing.therapistId(), service, start)) {
            throw new BusinessException(
                    BusinessException.Kind.INVALID,
                    "not_a_slot",
                    "start",
                    Words.text("booking.that-time-is-not-one", String.valueOf(standing.name())));
        }
    }

    /**
     * Refuses a client who may not have the service on the day. The form must be current today; one
     * that will be out of date by the day is allowed, and the answer is its validity in months so
     * the client can be asked to check it before then (0 when it stays current).
     */
    private int requireEligible(long clientId, Standing standing, Service service, Instant start) {
        LocalDate day = LocalDate.ofInstant(start, practice.zone());
        Optional<Submission> form = intakes.screenedFor(clientId, day);
        boolean currentNow =
                form.isPresent() && practice.today().isBefore(form.get().currentUntil());
        Optional<Eligibility.Intake> intake =
                form.map(s -> new Eligibility.Intake(s.version().getAssessedOn(), currentNow, s.screening()));
        Eligibility.check(
                        intake,
                        service.getTechnique(),
                        day,
                        standing.bookable(service.getTechnique(), day),
                        standing.name())
                .ifPresent(r -> {
                    throw BusinessException.refused(r.code(), r.message());
                });
        Submission s = form.orElseThrow();
        return s.current() ? 0 : (int) ChronoUnit.MONTHS.between(s.version().getAssessedOn(), s.currentUntil());
    }

    /** Row locks on both accounts, in id order, held until the transaction ends. */
    private void lock(long therapistId, long clientId) {
        for (long id : new TreeSet<>(List.of(therapistId, clientId))) {
            em.createNativeQuery("SELECT id FROM account WHERE id = ? FOR UPDATE")
                    .setParameter(1, id)
                    .getResultList();
        }
    }

    private void requireFree(Appointment a, Long except) {
        boolean therapistBusy = em.createNamedQuery("Appointment.overlappingForTherapist", Appointment.class)
                .setParameter("therapist", a.getTherapistId())
                .setParameter("from", a.getStartsAt())
                .setParameter("to", a.getBusyUntil())
                .setParameter("statuses", TAKING_TIME)
                .getResultStream()
                .anyMatch(b -> !b.getId().equals(except));
        if (therapistBusy) {
            throw BusinessException.conflict(
                    "slot_taken", "start", Words.text("booking.sorry-someone-has-just-booked"));
        }
        boolean clientBusy = em.createNamedQuery("Appointment.overlappingForClient", Appointment.class)
                .setParameter("client", a.getClientId())
                .setParameter("from", a.getStartsAt())
                .setParameter("to", a.getEndsAt())
                .setParameter("statuses", TAKING_TIME)
                .getResultStream()
                .anyMatch(b -> !b.getId().equals(except));
        if (clientBusy) {
            throw BusinessException.conflict(
                    "client_busy", "start", Words.text("booking.you-already-have-an-appointment"));
        }
    }

    private static Appointment.Actor actor(Appointment a, Account me) {
        return me.has(Role.ADMIN) || a.getTherapistId() == me.getId()
                ? Appointment.Actor.PRACTICE
                : Appointment.Actor.CLIENT;
    }
}
