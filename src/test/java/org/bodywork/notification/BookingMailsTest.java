package org.bodywork.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class BookingMailsTest {

    private final BookingMails mails =
            new BookingMails("Riverside Bodywork", ZoneId.of("Europe/London"), "https://book.example");

    private static AppointmentEvent event(AppointmentEvent.Kind kind, String start, String end, String before) {
        return new AppointmentEvent(
                42,
                97,
                kind,
                "Swedish massage, 60 minutes",
                Instant.parse(start),
                Instant.parse(end),
                before == null ? null : Instant.parse(before),
                0,
                new AppointmentEvent.Party("chris@example.org", "Chris Client"),
                new AppointmentEvent.Party("tess@example.org", "Tess <Therapist>"));
    }

    @Test
    void aBookingTellsTheClientAndTheTherapistOnTheUkClockWithItsPurpose() {
        // 29 March 2027 is after the clocks go forward: 09:00 UTC is 10:00 in the UK.
        List<Mail> two = mails.of(
                event(AppointmentEvent.Kind.BOOKED, "2027-03-29T09:00:00Z", "2027-03-29T10:00:00Z", null), null);
        Mail client = two.get(0);
        assertEquals("chris@example.org", client.recipient());
        assertEquals("Booked: Swedish massage, 60 minutes, Mon 29 Mar at 10:00", client.subject());
        assertTrue(client.text().contains("Monday 29 March 2027, 10:00 to 11:00 (UK time)"), client.text());
        assertTrue(client.text().contains("https://book.example/booking/appointments"), client.text());
        assertTrue(client.text().contains("Why you are getting this"), client.text());
        assertTrue(client.text().endsWith("Riverside Bodywork"), client.text());
        assertEquals("appointment:42:change:97:client", client.key());
        Mail therapist = two.get(1);
        assertEquals("tess@example.org", therapist.recipient());
        assertTrue(therapist.subject().startsWith("New booking: Chris Client"), therapist.subject());
        assertTrue(therapist.html().contains("Tess &lt;Therapist&gt;"), "names are escaped in HTML");
        assertFalse(therapist.html().contains("<Therapist>"));
        assertTrue(therapist.html().contains("<a href=\"https://book.example/therapist/diary\">"), therapist.html());
    }

    @Test
    void aMoveSaysFromWhenToWhenInWinterTime() {
        Mail client = mails.of(
                        event(
                                AppointmentEvent.Kind.MOVED,
                                "2026-12-01T15:00:00Z",
                                "2026-12-01T16:00:00Z",
                                "2026-11-30T10:00:00Z"),
                        null)
                .get(0);
        assertTrue(client.subject().startsWith("Moved: "), client.subject());
        assertTrue(client.text().contains("from Mon 30 Nov at 10:00 to:"), client.text());
        assertTrue(client.text().contains("Tuesday 1 December 2026, 15:00 to 16:00 (UK time)"), client.text());
    }

    @Test
    void theIntakeReviewNamesTheAppointmentAndTheFormNotTheHealthDetails() {
        Mail m = mails.intakeReview(
                event(AppointmentEvent.Kind.BOOKED, "2027-03-29T09:00:00Z", "2027-03-29T10:00:00Z", null), 5, 12);
        assertEquals("chris@example.org", m.recipient());
        assertEquals("Please check your health form before Mon 29 Mar at 10:00", m.subject());
        assertTrue(m.text().contains("more than 12 months old by your appointment with Tess <Therapist>"), m.text());
        assertTrue(m.text().contains("https://book.example/intake/form"), m.text());
        assertTrue(m.text().contains("Why you are getting this"), m.text());
        assertEquals(
                "intake-review:5:42:" + Instant.parse("2027-03-29T09:00:00Z").getEpochSecond(), m.key());
        assertTrue(m.key().startsWith(BookingMails.intakeReviewPrefix(5)));
    }

    @Test
    void everyTemplateHasASubjectAPurposeAndTheHtmlLayout() {
        AppointmentEvent e =
                event(AppointmentEvent.Kind.CANCELLED, "2026-12-01T15:00:00Z", "2026-12-01T16:00:00Z", null);
        List<Mail> all = new java.util.ArrayList<>(mails.of(e, null));
        all.add(mails.reminder(e));
        all.add(mails.intakeReview(e, 1, 12));
        PracticeMails practice = new PracticeMails("Riverside Bodywork", "https://book.example");
        all.add(practice.decision(1, "t@example.org", "Tess", "insurance with Balens", null));
        all.add(practice.decision(2, "t@example.org", "Tess", "insurance with Balens", "Expired"));
        all.add(practice.clearance(3, "c@example.org", "Chris"));
        all.add(practice.expiring("q:1", "t@example.org", "Tess", "insurance", java.time.LocalDate.of(2027, 1, 1)));
        for (Mail m : all) {
            assertFalse(m.subject().isBlank(), m.key());
            assertFalse(m.text().contains("{{") || m.html().contains("{{"), m.key());
            assertTrue(m.text().contains("Why you are getting this: "), m.key());
            assertTrue(m.text().endsWith("\n\nRiverside Bodywork"), m.key());
            assertTrue(m.html().startsWith("<!DOCTYPE html>") && m.html().contains("<html lang=\"en-GB\">"), m.key());
            assertTrue(m.html().contains("<title>") && m.html().contains("<p>Hello "), m.key());
        }
    }
}
