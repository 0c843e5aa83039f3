package org.bodywork.demo;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.bodywork.booking.Appointment;
import org.bodywork.booking.Menu;
import org.bodywork.booking.NewService;
import org.bodywork.booking.Service;
import org.bodywork.booking.WeekRange;
import org.bodywork.booking.WorkingHours;
import org.bodywork.shared.Database;

/** The demo practice's services, weeks and appointments, for the demo database only. */
@Stateless
@PermitAll
public class DemoBookings {

    @PersistenceContext
    EntityManager em;

    @Inject
    Menu menu;

    @Inject
    DemoIntakes care;

    @Inject
    Database database;

    /** Demo services, weeks and appointments, for the demo database only. */
    public void seed(List<NewService> offered, Map<Long, List<WeekRange>> weeks, List<DemoBooking> bookings) {
        database.requireDemo("Demo appointments");
        if (!menu.services().isEmpty()) {
            return;
        }
        offered.forEach(s -> em.persist(new Service(s)));
        seedBookings(weeks, bookings);
    }

    /** More demo weeks and appointments on the menu there is (the load test's practice, in chunks). */
    public void seedBookings(Map<Long, List<WeekRange>> weeks, List<DemoBooking> bookings) {
        database.requireDemo("Demo appointments");
        weeks.forEach((therapist, week) -> week.forEach(r -> em.persist(new WorkingHours(therapist, r))));
        em.flush();
        Map<String, Service> byName = new java.util.HashMap<>();
        for (DemoBooking b : bookings) {
            Service service = byName.computeIfAbsent(
                    b.service(),
                    name -> em.createNamedQuery("Service.byName", Service.class)
                            .setParameter("name", name)
                            .getSingleResult());
            Appointment a = new Appointment(b.therapistId(), b.clientId(), service, b.start());
            em.persist(a);
            em.flush(); // the first line of its history needs its id
            em.persist(a.booked("demo"));
            if (b.status() != Appointment.Status.BOOKED) {
                em.persist(
                        b.status() == Appointment.Status.NO_SHOW
                                ? a.markNoShow("demo", b.start().plusSeconds(60))
                                : a.cancel(
                                        Appointment.Actor.CLIENT,
                                        "demo",
                                        b.start().minus(java.time.Duration.ofDays(3)),
                                        menu.rules().cutoff(),
                                        "Demo"));
            }
            care.lookAfter(b.therapistId(), b.clientId());
        }
    }

    /** A demo appointment. */
    public record DemoBooking(
            long therapistId, long clientId, String service, Instant start, Appointment.Status status) {}
}
