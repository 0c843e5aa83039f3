package org.bodywork.notification;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * The e-mails about an appointment, to the client and to the therapist, in British English with the
 * practice's name and time zone. They carry no health details: only a link to sign in.
 *
 * <pre>
 * List&lt;Mail&gt; two = new BookingMails("Bodywork", zone, "https://book.example/").of(event, ics);
 * </pre>
 */
public final class BookingMails {

    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);
    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.UK);

    private final String practice;
    private final ZoneId zone;
    private final String base;

    public BookingMails(String practice, ZoneId zone, String publicUrl) {
        this.practice = practice;
        this.zone = zone;
        this.base = publicUrl.endsWith("/") ? publicUrl : publicUrl + "/";
    }

    public List<Mail> of(AppointmentEvent e, String ics) {
        return List.of(toClient(e, ics), toTherapist(e, ics));
    }

    /** The reminder before the appointment, to the client, keyed by the time it is for. */
    public Mail reminder(AppointmentEvent e) {
        String subject = "Reminder: " + e.service() + ", " + shortWhen(e);
        String text = "Hello " + e.client().name() + ",\n\nA reminder of your appointment with "
                + e.therapist().name()
                + ":\n" + e.service() + "\n" + when(e) + "\n\nTo see, move or cancel it, sign in at " + base
                + "booking/appointments\n\n"
                + purpose("you asked for a reminder before each appointment. To stop them, sign in and change it"
                        + " at " + base + "client/");
        return new Mail(
                Notifications.REMINDER,
                reminderPrefix(e.appointmentId()) + e.start().getEpochSecond(),
                e.client().email(),
                subject,
                text,
                Html.of(text),
                null);
    }

    static String reminderPrefix(long appointmentId) {
        return "appointment:" + appointmentId + ":reminder:";
    }

    private Mail toClient(AppointmentEvent e, String ics) {
        String when = when(e);
        String subject = switch (e.kind()) {
            case BOOKED -> "Booked: " + e.service() + ", " + shortWhen(e);
            case MOVED -> "Moved: " + e.service() + ", now " + shortWhen(e);
            case CANCELLED -> "Cancelled: " + e.service() + ", " + shortWhen(e);
        };
        String what = switch (e.kind()) {
            case BOOKED -> "Your appointment with " + e.therapist().name() + " is booked:";
            case MOVED ->
                "Your appointment with " + e.therapist().name() + " has moved"
                        + (e.previousStart() == null ? "" : " from " + at(e.previousStart())) + " to:";
            case CANCELLED -> "Your appointment with " + e.therapist().name() + " is cancelled:";
        };
        String text = "Hello " + e.client().name() + ",\n\n" + what + "\n" + e.service() + "\n" + when + "\n\n"
                + (e.kind() == AppointmentEvent.Kind.CANCELLED
                        ? "To book another time, sign in at " + base + "booking/book"
                        : "To see, move or cancel it, sign in at " + base + "booking/appointments")
                + "\n\n"
                + purpose("you have an appointment with " + practice + ". Messages about your bookings are"
                        + " always sent.");
        return new Mail(kind(e), key(e, "client"), e.client().email(), subject, text, Html.of(text), ics);
    }

    private Mail toTherapist(AppointmentEvent e, String ics) {
        String subject = switch (e.kind()) {
            case BOOKED -> "New booking: " + e.client().name() + ", " + shortWhen(e);
            case MOVED -> "Moved: " + e.client().name() + ", now " + shortWhen(e);
            case CANCELLED -> "Cancelled: " + e.client().name() + ", " + shortWhen(e);
        };
        String text = "Hello " + e.therapist().name() + ",\n\n" + subject + "\n" + e.service() + "\n" + when(e)
                + "\n\nYour diary: " + base + "therapist/diary\n\n"
                + purpose("you are the therapist for this appointment at " + practice + ".");
        return new Mail(kind(e), key(e, "therapist"), e.therapist().email(), subject, text, Html.of(text), ics);
    }

    private String purpose(String why) {
        return "Why you are getting this: " + why + "\n\n" + practice;
    }

    /** "Tuesday 24 November 2026, 10:00 to 11:00 (UK time)". */
    String when(AppointmentEvent e) {
        ZonedDateTime start = e.start().atZone(zone);
        return DAY.format(start) + ", " + TIME.format(start) + " to "
                + TIME.format(e.end().atZone(zone)) + " (" + zoneName() + ")";
    }

    private String shortWhen(AppointmentEvent e) {
        return at(e.start());
    }

    private String at(java.time.Instant instant) {
        ZonedDateTime t = instant.atZone(zone);
        return DateTimeFormatter.ofPattern("EEE d MMM", Locale.UK).format(t) + " at " + TIME.format(t);
    }

    private String zoneName() {
        return "Europe/London".equals(zone.getId()) ? "UK time" : zone.getId() + " time";
    }

    private static String kind(AppointmentEvent e) {
        return "appointment_" + e.kind().name().toLowerCase(Locale.UK);
    }

    private static String key(AppointmentEvent e, String who) {
        return "appointment:" + e.appointmentId() + ":change:" + e.changeId() + ":" + who;
    }
}
