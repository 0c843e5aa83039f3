package org.bodywork.notification;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.bodywork.shared.Words;

/**
 * The e-mails about an appointment, to the client and to the therapist, in British English with the
 * practice's name and time zone, from the templates in {@code mail/}. They carry no health details:
 * only a link to sign in.
 *
 * <pre>
 * List&lt;Mail&gt; two = new BookingMails("Bodywork", zone, "https://book.example/").of(event, ics);
 * </pre>
 */
public final class BookingMails {

    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);
    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.UK);
    private static final DateTimeFormatter SHORT_DAY = DateTimeFormatter.ofPattern("EEE d MMM", Locale.UK);

    private final String practice;
    private final ZoneId zone;
    private final String base;

    public BookingMails(String practice, ZoneId zone, String publicUrl) {
        this.practice = practice;
        this.zone = zone;
        this.base = publicUrl.endsWith("/") ? publicUrl : publicUrl + "/";
    }

    public List<Mail> of(AppointmentEvent e, String ics) {
        String kind = "appointment_" + e.kind().name().toLowerCase(Locale.UK);
        String template = "appointment-" + e.kind().name().toLowerCase(Locale.UK);
        Map<String, Object> values = values(e);
        values.put("from", e.previousStart() == null ? "" : at(e.previousStart()));
        values.put("name", e.client().name());
        Templates.Filled client = Templates.fill(template + "-client", values);
        values.put("name", e.therapist().name());
        Templates.Filled therapist = Templates.fill(template + "-therapist", values);
        return List.of(
                mail(kind, key(e, "client"), e.client().email(), client, ics),
                mail(kind, key(e, "therapist"), e.therapist().email(), therapist, ics));
    }

    /** The reminder before the appointment, to the client, keyed by the time it is for. */
    public Mail reminder(AppointmentEvent e) {
        Map<String, Object> values = values(e);
        values.put("name", e.client().name());
        return mail(
                Notifications.REMINDER,
                reminderPrefix(e.appointmentId()) + e.start().getEpochSecond(),
                e.client().email(),
                Templates.fill("appointment-reminder", values),
                null);
    }

    /**
     * "Please check your health form": the client's form will be more than {@code months} old by the
     * appointment. Keyed by client first, so that sending a new form can withdraw every such message.
     */
    public Mail intakeReview(AppointmentEvent e, long clientId, int months) {
        Map<String, Object> values = values(e);
        values.put("name", e.client().name());
        values.put("months", months);
        return mail(
                "intake_review",
                intakeReviewPrefix(clientId, e.appointmentId()) + e.start().getEpochSecond(),
                e.client().email(),
                Templates.fill("intake-review", values),
                null);
    }

    static String reminderPrefix(long appointmentId) {
        return "appointment:" + appointmentId + ":reminder:";
    }

    static String intakeReviewPrefix(long clientId) {
        return "intake-review:" + clientId + ":";
    }

    static String intakeReviewPrefix(long clientId, long appointmentId) {
        return intakeReviewPrefix(clientId) + appointmentId + ":";
    }

    private Map<String, Object> values(AppointmentEvent e) {
        Map<String, Object> values = new HashMap<>();
        values.put("practice", practice);
        values.put("base", base);
        values.put("service", e.service());
        values.put("client", e.client().name());
        values.put("therapist", e.therapist().name());
        values.put("when", when(e));
        values.put("short", at(e.start()));
        return values;
    }

    private static Mail mail(String kind, String key, String to, Templates.Filled m, String ics) {
        return new Mail(kind, key, to, m.subject(), m.text(), m.html(), ics);
    }

    /** "Tuesday 24 November 2026, 10:00 to 11:00 (UK time)". */
    String when(AppointmentEvent e) {
        ZonedDateTime start = e.start().atZone(zone);
        return DAY.format(start) + ", " + TIME.format(start) + " to "
                + TIME.format(e.end().atZone(zone)) + " (" + zoneName() + ")";
    }

    /** "Tue 24 Nov at 10:00". */
    private String at(Instant instant) {
        ZonedDateTime t = instant.atZone(zone);
        return SHORT_DAY.format(t) + " at " + TIME.format(t);
    }

    private String zoneName() {
        return "Europe/London".equals(zone.getId())
                ? Words.text("mail.ukTime")
                : Words.text("mail.zoneTime", zone.getId());
    }

    private static String key(AppointmentEvent e, String who) {
        return "appointment:" + e.appointmentId() + ":change:" + e.changeId() + ":" + who;
    }
}
