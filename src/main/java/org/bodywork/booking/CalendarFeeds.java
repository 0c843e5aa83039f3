package org.bodywork.booking;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bodywork.identity.Account;
import org.bodywork.identity.AccountService;
import org.bodywork.identity.Caller;
import org.bodywork.identity.Role;
import org.bodywork.notification.AppointmentEvent;
import org.bodywork.notification.Invitation;
import org.bodywork.shared.Practice;

/** A therapist's private calendar subscription: its token, and the diary behind it as iCalendar. */
@Stateless
public class CalendarFeeds {

    @PersistenceContext
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    AccountService accounts;

    @Inject
    Menu menu;

    @Inject
    Practice practice;

    /** The caller's private calendar subscription token, made on first asking. */
    @RolesAllowed(Role.THERAPIST_NAME)
    public String myFeedToken() {
        long me = caller.account().getId();
        CalendarFeed feed = em.find(CalendarFeed.class, me);
        if (feed == null) {
            feed = new CalendarFeed(me);
            em.persist(feed);
        }
        return feed.getToken();
    }

    /** A new subscription address; the old one answers "not found" from now on. */
    @RolesAllowed(Role.THERAPIST_NAME)
    public String renewFeed() {
        CalendarFeed feed = em.find(CalendarFeed.class, caller.account().getId());
        if (feed == null) {
            return myFeedToken();
        }
        feed.renew();
        return feed.getToken();
    }

    /**
     * The diary behind a subscription token, 30 days back to 180 ahead, as iCalendar; empty for an
     * unknown token. Calendar apps fetch it without signing in: the token is the key.
     */
    @PermitAll
    public Optional<String> feed(String token, String practiceName) {
        Optional<CalendarFeed> feed = em.createNamedQuery("CalendarFeed.byToken", CalendarFeed.class)
                .setParameter("token", token)
                .getResultStream()
                .findFirst();
        if (feed.isEmpty()) {
            return Optional.empty();
        }
        long therapistId = feed.get().getTherapistId();
        Instant now = Instant.now();
        List<Appointment> appointments = em.createNamedQuery("Appointment.forTherapist", Appointment.class)
                .setParameter("therapist", therapistId)
                .setParameter("from", now.minus(Duration.ofDays(30)))
                .setParameter("to", now.plus(Duration.ofDays(180)))
                .getResultList();
        Account therapist = accounts.find(therapistId).orElseThrow();
        Map<Long, String> names = new HashMap<>();
        List<AppointmentEvent> events = new ArrayList<>();
        for (Appointment a : appointments) {
            String client = names.computeIfAbsent(
                    a.getClientId(),
                    id -> accounts.find(id).map(Account::getName).orElse(""));
            events.add(new AppointmentEvent(
                    a.getId(),
                    0,
                    a.getStatus() == Appointment.Status.CANCELLED || a.getStatus() == Appointment.Status.LATE_CANCELLED
                            ? AppointmentEvent.Kind.CANCELLED
                            : AppointmentEvent.Kind.BOOKED,
                    menu.service(a.getServiceId()).getName(),
                    a.getStartsAt(),
                    a.getEndsAt(),
                    null,
                    (int) a.getVersion(),
                    new AppointmentEvent.Party("", client),
                    new AppointmentEvent.Party(therapist.getEmail(), therapist.getName())));
        }
        return Optional.of(new Invitation(practice.zone(), therapist.getEmail())
                .feed(events, practiceName + ": " + therapist.getName()));
    }
}
