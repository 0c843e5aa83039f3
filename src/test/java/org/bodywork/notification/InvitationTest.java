package org.bodywork.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.DtStart;
import org.junit.jupiter.api.Test;

class InvitationTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private final Invitation invitation = new Invitation(LONDON, "bookings@practice.example");

    private static AppointmentEvent event(AppointmentEvent.Kind kind, String start, int sequence) {
        Instant s = Instant.parse(start);
        return new AppointmentEvent(
                42,
                97,
                kind,
                "Swedish massage, 60 minutes",
                s,
                s.plusSeconds(3600),
                null,
                sequence,
                new AppointmentEvent.Party("chris@example.org", "Chris Client"),
                new AppointmentEvent.Party("tess@example.org", "Tess Therapist"));
    }

    static Calendar parse(String ics) throws Exception {
        return new CalendarBuilder().build(new StringReader(ics));
    }

    static VEvent event(Calendar c) {
        return (VEvent) c.getComponent("VEVENT").orElseThrow();
    }

    private static String value(Calendar c, String property) {
        return c.getProperty(property).map(Property::getValue).orElse("");
    }

    @Test
    void anAppointmentAcrossTheSpringClockChangeParsesBackToItsUkTime() throws Exception {
        // Booked in winter time for the Monday after the clocks go forward: 10:00 in the UK is 09:00 UTC.
        Calendar c = parse(invitation.of(event(AppointmentEvent.Kind.BOOKED, "2027-03-29T09:00:00Z", 0), "Riverside"));
        assertEquals("REQUEST", value(c, "METHOD"));
        VEvent e = event(c);
        DtStart<Temporal> start = e.getDateTimeStart();
        assertEquals("Europe/London", start.getParameter("TZID").orElseThrow().getValue());
        assertEquals(
                LocalDateTime.of(2027, 3, 29, 10, 0),
                ZonedDateTime.from(start.getDate()).withZoneSameInstant(LONDON).toLocalDateTime());
        assertEquals("appointment-42@bodywork", e.getUid().orElseThrow().getValue());
        assertEquals("0", e.getProperty("SEQUENCE").orElseThrow().getValue());
        assertEquals("CONFIRMED", e.getProperty("STATUS").orElseThrow().getValue());
        assertTrue(c.getComponent("VTIMEZONE").isPresent(), "the zone travels with the invitation");
    }

    @Test
    void aMoveKeepsTheUidWithAHigherSequenceAndACancellationIsMethodCancel() throws Exception {
        VEvent moved = event(parse(invitation.of(event(AppointmentEvent.Kind.MOVED, "2026-10-26T10:00:00Z", 1), "R")));
        assertEquals("appointment-42@bodywork", moved.getUid().orElseThrow().getValue());
        assertEquals("1", moved.getProperty("SEQUENCE").orElseThrow().getValue());
        Calendar cancelled =
                parse(invitation.of(event(AppointmentEvent.Kind.CANCELLED, "2026-10-26T10:00:00Z", 2), "R"));
        assertEquals("CANCEL", value(cancelled, "METHOD"));
        assertEquals(
                "appointment-42@bodywork",
                event(cancelled).getUid().orElseThrow().getValue());
        assertEquals("2", event(cancelled).getProperty("SEQUENCE").orElseThrow().getValue());
        assertEquals(
                "CANCELLED",
                event(cancelled).getProperty("STATUS").orElseThrow().getValue());
        // 26 October 2026 is after the clocks go back: 10:00 UTC is 10:00 in the UK.
        assertEquals(
                LocalDateTime.of(2026, 10, 26, 10, 0),
                ZonedDateTime.from(event(cancelled).getDateTimeStart().getDate())
                        .withZoneSameInstant(LONDON)
                        .toLocalDateTime());
    }
}
