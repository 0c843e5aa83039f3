package org.bodywork.notification;

import java.net.URI;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Attendee;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Organizer;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;

/**
 * An appointment as an iCalendar invitation, built with ical4j: METHOD REQUEST for a booking or a
 * move, METHOD CANCEL for a cancellation, always the same UID with a higher SEQUENCE, and start and
 * end on the practice's clock with its VTIMEZONE, so a clock change never shifts the appointment.
 *
 * <pre>
 * String ics = new Invitation(zone, "bookings@practice.example").of(event, "Riverside Bodywork");
 * </pre>
 */
public final class Invitation {

    private static final TimeZoneRegistry ZONES =
            TimeZoneRegistryFactory.getInstance().createRegistry();

    private final ZoneId zone;
    private final String organizer;

    public Invitation(ZoneId zone, String organizerEmail) {
        this.zone = zone;
        this.organizer = organizerEmail;
    }

    /** The UID an appointment keeps through every change, so calendars update the one event. */
    static String uid(long appointmentId) {
        return "appointment-" + appointmentId + "@bodywork";
    }

    public String of(AppointmentEvent e, String practice) {
        boolean cancelled = e.kind() == AppointmentEvent.Kind.CANCELLED;
        VEvent event = event(e, e.service() + " with " + e.therapist().name() + ", " + practice);
        event.add(new Organizer(URI.create("mailto:" + organizer)));
        event.add(new Attendee(URI.create("mailto:" + e.client().email())));
        event.add(new Attendee(URI.create("mailto:" + e.therapist().email())));
        Calendar calendar = new Calendar()
                .withProdId("-//Bodywork//Appointments//EN")
                .withDefaults()
                .withProperty(cancelled ? ImmutableMethod.CANCEL : ImmutableMethod.REQUEST)
                .withComponent(ZONES.getTimeZone(zone.getId()).getVTimeZone())
                .withComponent(event)
                .getFluentTarget();
        return calendar.toString();
    }

    /** A diary as a subscription feed (METHOD PUBLISH): each appointment with its UID and status. */
    public String feed(java.util.List<AppointmentEvent> events, String name) {
        Calendar calendar = new Calendar()
                .withProdId("-//Bodywork//Diary//EN")
                .withDefaults()
                .withProperty(ImmutableMethod.PUBLISH)
                .withProperty(new net.fortuna.ical4j.model.property.XProperty("X-WR-CALNAME", name))
                .withComponent(ZONES.getTimeZone(zone.getId()).getVTimeZone())
                .getFluentTarget();
        for (AppointmentEvent e : events) {
            VEvent event = event(e, e.client().name() + ": " + e.service());
            calendar.add(event);
        }
        return calendar.toString();
    }

    /** The event as every calendar needs it: times on the practice's clock, UID, SEQUENCE, status. */
    private VEvent event(AppointmentEvent e, String summary) {
        VEvent event = new VEvent(local(e.start()), local(e.end()), summary);
        event.add(new Uid(uid(e.appointmentId())));
        event.add(new Sequence(e.sequence()));
        event.add(new DtStamp(Instant.now()));
        event.add(
                e.kind() == AppointmentEvent.Kind.CANCELLED
                        ? ImmutableStatus.VEVENT_CANCELLED
                        : ImmutableStatus.VEVENT_CONFIRMED);
        return event;
    }

    private ZonedDateTime local(Instant instant) {
        return instant.atZone(zone);
    }
}
