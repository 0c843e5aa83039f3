package org.bodywork.notification;

import static org.bodywork.it.BookingSetup.ADMIN;
import static org.bodywork.it.BookingSetup.ADMIN_PW;
import static org.bodywork.it.BookingSetup.PW;
import static org.bodywork.it.BookingSetup.at;
import static org.bodywork.it.BookingSetup.id;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.json.JsonObject;
import jakarta.mail.internet.MimeMessage;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.bodywork.it.BookingSetup;
import org.bodywork.it.Db;
import org.bodywork.it.Deployments;
import org.bodywork.it.Http;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** E-mail through the outbox to a real SMTP server on loopback (GreenMail): once, and only once. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient // everything through HTTP; the in-container tests are in AccountsIT and QualificationIT
class NotificationIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.app();
    }

    @ArquillianResource
    URL url;

    private Http http;
    private BookingSetup setup;
    private GreenMail smtp;
    private String therapist;
    private long swedish;
    private LocalDate day;

    @BeforeEach
    void practice() {
        http = new Http(url);
        setup = new BookingSetup(http);
        smtp = smtp();
        therapist = setup.therapist("mail", "'SWEDISH'");
        swedish = setup.service("SWEDISH", 60, 0);
        day = LocalDate.now(BookingSetup.LONDON).plusDays(4);
    }

    @AfterEach
    void stop() {
        smtp.stop();
    }

    private static GreenMail smtp() {
        GreenMail mail = new GreenMail(new ServerSetup(Integer.getInteger("smtp.port"), "127.0.0.1", "smtp"));
        mail.start();
        return mail;
    }

    /** Runs the sender as if at the given time until nothing is left to do now. */
    private int drain(Instant at) {
        int sent = 0;
        while (true) {
            HttpResponse<String> r = http.postJson("api/v1/admin/outbox/send?at=" + at, "", ADMIN, ADMIN_PW);
            assertEquals(200, r.statusCode(), r.body());
            JsonObject result = Http.json(r);
            sent += result.getInt("sent");
            if (result.getInt("sent") + result.getInt("failed") == 0) {
                return sent;
            }
        }
    }

    /** The messages about appointments to one address (not the therapist's verification news). */
    private List<MimeMessage> to(String email) throws Exception {
        List<MimeMessage> mine = new ArrayList<>();
        for (MimeMessage m : all(email)) {
            if (!m.getSubject().startsWith("Verified: ") && !m.getSubject().startsWith("Not verified: ")) {
                mine.add(m);
            }
        }
        return mine;
    }

    /**
     * The messages to one address, apart from the link that confirmed it when the account was made
     * and the word on a sign-in from a new network (the tests sign in from many made-up addresses).
     */
    private List<MimeMessage> all(String email) throws Exception {
        List<MimeMessage> mine = new ArrayList<>();
        for (MimeMessage m : smtp.getReceivedMessages()) {
            if (Arrays.stream(m.getAllRecipients()).anyMatch(a -> a.toString().equals(email))
                    && !"Confirm your e-mail address".equals(m.getSubject())
                    && !"A new sign-in to your account".equals(m.getSubject())) {
                mine.add(m);
            }
        }
        return mine;
    }

    /** The text/calendar part of a message. */
    static String ics(MimeMessage m) throws Exception {
        String found = calendar(m.getContent());
        assertTrue(found != null, "no calendar part");
        return found;
    }

    private static String calendar(Object content) throws Exception {
        if (content instanceof jakarta.mail.Multipart parts) {
            for (int i = 0; i < parts.getCount(); i++) {
                var part = parts.getBodyPart(i);
                if (part.isMimeType("text/calendar")) {
                    Object body = part.getContent();
                    return body instanceof String text
                            ? text
                            : new String(
                                    ((java.io.InputStream) body).readAllBytes(),
                                    java.nio.charset.StandardCharsets.UTF_8);
                }
                String inner = calendar(part.getContent());
                if (inner != null) {
                    return inner;
                }
            }
        }
        return null;
    }

    private long book(String client, String time) {
        return setup.booked(client, id(therapist), swedish, at(day, time))
                .getJsonNumber("id")
                .longValue();
    }

    @Test
    void aBookingSendsExactlyOneConfirmationToEachPartyWithNoHealthDetails() throws Exception {
        String client = setup.client("mailbook", "{'code':'OSTEOPOROSIS'}");
        book(client, "10:00");
        drain(Instant.now());
        List<MimeMessage> mine = to(client);
        assertEquals(1, mine.size());
        assertTrue(mine.get(0).getSubject().startsWith("Booked: "), mine.get(0).getSubject());
        String body = GreenMailUtil.getBody(mine.get(0));
        assertTrue(body.contains("sign in at"), body);
        assertTrue(body.contains("UK time"), body);
        assertFalse(body.toLowerCase().contains("osteoporosis"), "no health details in e-mail");
        assertTrue(body.contains("Why you are getting this"), body);
        List<MimeMessage> theirs = to(therapist);
        assertEquals(1, theirs.size());
        assertTrue(
                theirs.get(0).getSubject().startsWith("New booking: "),
                theirs.get(0).getSubject());

        drain(Instant.now().plus(Duration.ofDays(1)));
        assertEquals(1, to(client).size(), "still exactly one");
        assertEquals(1, to(therapist).size());
    }

    @Test
    void aMoveAndACancellationEachTellBothPartiesOnce() throws Exception {
        String client = setup.client("mailmove", "");
        long appointment = book(client, "11:00");
        HttpResponse<String> moved = http.postJson(
                "api/v1/appointments/" + appointment + "/reschedule",
                "{\"start\":\"" + at(day, "15:00") + "\"}",
                client,
                PW);
        assertEquals(200, moved.statusCode(), moved.body());
        assertEquals(
                200,
                http.postJson("api/v1/appointments/" + appointment + "/cancel", "{}", client, PW)
                        .statusCode());
        drain(Instant.now());
        List<String> subjects = new ArrayList<>();
        for (MimeMessage m : to(client)) {
            subjects.add(m.getSubject().substring(0, m.getSubject().indexOf(':')));
        }
        assertEquals(List.of("Booked", "Moved", "Cancelled"), subjects);
        assertEquals(3, to(therapist).size());

        // Each carries the invitation: one UID throughout, a rising SEQUENCE, a CANCEL at the end.
        List<String> methods = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            var calendar = InvitationTest.parse(ics(to(client).get(i)));
            var event = InvitationTest.event(calendar);
            assertEquals(
                    "appointment-" + appointment + "@bodywork",
                    event.getUid().orElseThrow().getValue());
            assertEquals(
                    String.valueOf(i),
                    event.getProperty("SEQUENCE").orElseThrow().getValue());
            methods.add(calendar.getProperty("METHOD").orElseThrow().getValue());
        }
        assertEquals(List.of("REQUEST", "REQUEST", "CANCEL"), methods);
        var movedEvent =
                InvitationTest.event(InvitationTest.parse(ics(to(client).get(1))));
        assertEquals(
                at(day, "15:00"),
                java.time.ZonedDateTime.from(movedEvent.getDateTimeStart().getDate())
                        .toInstant());
    }

    @Test
    void anSmtpOutageThenRecoveryDeliversEverythingExactlyOnce() throws Exception {
        String client = setup.client("mailoutage", "");
        smtp.stop();
        book(client, "13:00");
        Instant now = Instant.now();
        drain(now);
        assertEquals(
                "1",
                Db.one(
                        "SELECT MIN(attempts) FROM outbox WHERE recipient = ? AND status = 'PENDING'"
                                + " AND last_error IS NOT NULL",
                        client));

        smtp = smtp();
        drain(now.plus(Duration.ofSeconds(30)));
        assertEquals(0, to(client).size(), "not before the retry is due");
        drain(now.plus(Duration.ofMinutes(2)));
        assertEquals(1, to(client).size());
        assertEquals(1, to(therapist).size());
        drain(now.plus(Duration.ofDays(2)));
        assertEquals(1, to(client).size(), "exactly once");
        assertEquals(
                "SENT",
                Db.one("SELECT status FROM outbox WHERE recipient = ? AND kind = 'appointment_booked'", client));
    }

    @Test
    void twoSendersRunningTogetherNeverSendAMessageTwice() throws Exception {
        List<String> clients = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            String client = setup.client("mailrace" + i, "");
            clients.add(client);
            book(client, String.format("%02d:00", 8 + i));
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            Instant now = Instant.now();
            List<Callable<Integer>> senders = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                senders.add(() -> drain(now));
            }
            int sent = 0;
            for (Future<Integer> f : pool.invokeAll(senders)) {
                sent += f.get();
            }
            assertTrue(sent >= 16, "sent " + sent);
        } finally {
            pool.shutdown();
        }
        Set<String> seen = new HashSet<>();
        for (MimeMessage m : smtp.getReceivedMessages()) {
            String key = m.getHeader("X-Bodywork-Message")[0];
            assertTrue(seen.add(key + " to " + m.getAllRecipients()[0]), "sent twice: " + key);
        }
        for (String client : clients) {
            assertEquals(1, to(client).size(), client);
        }
        assertEquals(8, to(therapist).size());
    }

    private long reminders(String client) throws Exception {
        return subjected(client, "Reminder: ");
    }

    private long subjected(String email, String start) throws Exception {
        return all(email).stream()
                .filter(m -> {
                    try {
                        return m.getSubject().startsWith(start);
                    } catch (jakarta.mail.MessagingException e) {
                        throw new IllegalStateException(e);
                    }
                })
                .count();
    }

    @Test
    void theReminderFiresOnceADayBeforeAndFollowsAMove() throws Exception {
        String client = setup.client("mailremind", "");
        long appointment = book(client, "12:00");
        Instant start = at(day, "12:00");
        Instant due = start.minus(Duration.ofHours(24));
        drain(Instant.now());
        assertEquals(0, reminders(client), "only the confirmation so far");
        drain(due.minusSeconds(60));
        assertEquals(0, reminders(client), "not a minute early");
        drain(due.plusSeconds(60));
        assertEquals(1, reminders(client));
        drain(start.minus(Duration.ofHours(1)));
        assertEquals(1, reminders(client), "and only once");

        // Moved a day later: the old time's reminder is gone, the new one comes a day before it.
        long moving = book(client, "17:00");
        Instant later = at(day.plusDays(1), "17:00");
        HttpResponse<String> moved = http.postJson(
                "api/v1/appointments/" + moving + "/reschedule", "{\"start\":\"" + later + "\"}", client, PW);
        assertEquals(200, moved.statusCode(), moved.body());
        drain(at(day, "17:00").minus(Duration.ofHours(23)));
        assertEquals(1, reminders(client), "nothing for the old time");
        drain(later.minus(Duration.ofHours(23)));
        assertEquals(2, reminders(client));
        assertTrue(appointment > 0);
    }

    @Test
    void aClientWhoOptsOutGetsNoRemindersButStillEveryConfirmation() throws Exception {
        String client = setup.client("mailoptout", "");
        book(client, "14:00");
        HttpResponse<String> off = http.send("PUT", "api/v1/me/preferences", "{\"reminders\":false}", client, PW);
        assertEquals(200, off.statusCode(), off.body());
        assertEquals(
                403,
                http.send("PUT", "api/v1/me/preferences", "{\"reminders\":false}", therapist, PW)
                        .statusCode());
        assertEquals(
                400, http.send("PUT", "api/v1/me/preferences", "{}", client, PW).statusCode());
        book(client, "16:00");
        drain(at(day, "16:00").minus(Duration.ofHours(2)));
        assertEquals(0, reminders(client), "opted out, even for the booking made before");
        assertEquals(2, to(client).size(), "both confirmations");
        assertEquals("2", Db.one("SELECT COUNT(*) FROM outbox WHERE recipient = ? AND status = 'WITHDRAWN'", client));
        assertEquals(
                403, http.postJson("api/v1/admin/outbox/send", "", client, PW).statusCode());
        assertEquals(403, http.get("api/v1/admin/outbox", therapist, PW).statusCode());
    }

    @Test
    void theTherapistsPrivateFeedServesTheDiaryAndOnlyWithItsCurrentToken() throws Exception {
        String client = setup.client("mailfeed", "");
        long appointment = book(client, "09:00");
        HttpResponse<String> feed = http.get("api/v1/therapists/me/calendar", therapist, PW);
        assertEquals(200, feed.statusCode(), feed.body());
        String url = Http.json(feed).getString("url");
        assertTrue(url.contains("/calendar/") && url.endsWith(".ics"), url);
        assertEquals(
                url,
                Http.json(http.get("api/v1/therapists/me/calendar", therapist, PW))
                        .getString("url"));

        java.net.http.HttpClient plain = java.net.http.HttpClient.newHttpClient();
        HttpResponse<String> ics = plain.send(
                java.net.http.HttpRequest.newBuilder(java.net.URI.create(url)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, ics.statusCode());
        assertTrue(ics.headers().firstValue("Content-Type").orElse("").startsWith("text/calendar"));
        var calendar = InvitationTest.parse(ics.body());
        var event = calendar.getComponents("VEVENT").stream()
                .map(c -> (net.fortuna.ical4j.model.component.VEvent) c)
                .filter(v -> v.getUid().orElseThrow().getValue().equals("appointment-" + appointment + "@bodywork"))
                .findFirst()
                .orElseThrow();
        assertEquals(
                at(day, "09:00"),
                java.time.ZonedDateTime.from(event.getDateTimeStart().getDate()).toInstant());
        assertFalse(ics.body().contains(client), "names only, no client e-mail addresses");

        String base = url.substring(0, url.indexOf("/calendar/") + "/calendar/".length());
        for (String wrong : new String[] {base, base + "not-a-token.ics", base + ".ics", url.replace(".ics", "")}) {
            HttpResponse<String> r = plain.send(
                    java.net.http.HttpRequest.newBuilder(java.net.URI.create(wrong))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(404, r.statusCode(), wrong);
        }
        String renewed = Http.json(http.postJson("api/v1/therapists/me/calendar/renew", "", therapist, PW))
                .getString("url");
        assertFalse(renewed.equals(url));
        assertEquals(
                404,
                plain.send(
                                java.net.http.HttpRequest.newBuilder(java.net.URI.create(url))
                                        .build(),
                                HttpResponse.BodyHandlers.ofString())
                        .statusCode(),
                "the old address is revoked");
        assertEquals(
                200,
                plain.send(
                                java.net.http.HttpRequest.newBuilder(java.net.URI.create(renewed))
                                        .build(),
                                HttpResponse.BodyHandlers.ofString())
                        .statusCode());
        assertEquals(403, http.get("api/v1/therapists/me/calendar", client, PW).statusCode());
        assertEquals(401, http.get("api/v1/therapists/me/calendar").statusCode());
    }

    @Test
    void aVerificationDecisionTellsTheTherapistWithTheReasonForARefusal() throws Exception {
        String newcomer = http.registerTherapist("mailrecords");
        HttpResponse<String> q = http.postJson(
                "api/v1/therapists/me/qualifications",
                ("{'title':'Shiatsu Diploma','awardingBody':'BSS','level':'Level 4 Diploma',"
                                + "'awardedOn':'2021-06-01','techniques':['SHIATSU']}")
                        .replace('\'', '"'),
                newcomer,
                PW);
        assertEquals(201, q.statusCode(), q.body());
        long id = Http.json(q).getJsonNumber("id").longValue();
        HttpResponse<String> rejected = http.postJson(
                "api/v1/admin/qualifications/" + id + "/reject",
                "{\"version\":" + Http.json(q).getJsonNumber("version") + ","
                        + "\"reason\":\"The certificate is unreadable; please upload a clearer scan.\"}",
                ADMIN,
                ADMIN_PW);
        assertEquals(200, rejected.statusCode(), rejected.body());
        drain(Instant.now());
        List<MimeMessage> news = all(newcomer);
        assertEquals(1, news.size());
        assertEquals(
                "Not verified: your qualification \u201cShiatsu Diploma\u201d",
                news.get(0).getSubject());
        assertTrue(GreenMailUtil.getBody(news.get(0)).contains("unreadable"), GreenMailUtil.getBody(news.get(0)));
        HttpResponse<String> insurance = http.postJson(
                "api/v1/therapists/me/insurance",
                ("{'insurer':'Balens','policyNumber':'BAL-9','coverPounds':6000000,'validFrom':'2026-01-01',"
                                + "'validTo':'" + LocalDate.now().plusYears(1) + "'}")
                        .replace('\'', '"'),
                newcomer,
                PW);
        assertEquals(201, insurance.statusCode(), insurance.body());
        long policy = Http.json(insurance).getJsonNumber("id").longValue();
        assertEquals(
                200,
                http.postJson("api/v1/admin/insurance/" + policy + "/verify", Http.seen(insurance), ADMIN, ADMIN_PW)
                        .statusCode());
        drain(Instant.now());
        assertEquals(2, all(newcomer).size());
        assertEquals(
                "Verified: your insurance with Balens", all(newcomer).get(1).getSubject());
    }

    @Test
    void aTherapistIsWarnedOnceOfInsuranceEndingWithin30Days() throws Exception {
        String ending = http.registerTherapist("mailending");
        HttpResponse<String> insurance = http.postJson(
                "api/v1/therapists/me/insurance",
                ("{'insurer':'Hiscox','policyNumber':'HX-1','coverPounds':5000000,'validFrom':'2026-01-01',"
                                + "'validTo':'" + LocalDate.now().plusDays(12) + "'}")
                        .replace('\'', '"'),
                ending,
                PW);
        assertEquals(201, insurance.statusCode(), insurance.body());
        long policy = Http.json(insurance).getJsonNumber("id").longValue();
        assertEquals(
                200,
                http.postJson("api/v1/admin/insurance/" + policy + "/verify", Http.seen(insurance), ADMIN, ADMIN_PW)
                        .statusCode());
        for (int night = 0; night < 3; night++) {
            HttpResponse<String> warned = http.postJson("api/v1/admin/expiring/notify", "", ADMIN, ADMIN_PW);
            assertEquals(200, warned.statusCode(), warned.body());
        }
        assertEquals(
                403,
                http.postJson("api/v1/admin/expiring/notify", "", ending, PW).statusCode());
        drain(Instant.now());
        List<MimeMessage> news = all(ending);
        List<String> subjects = new ArrayList<>();
        for (MimeMessage m : news) {
            subjects.add(m.getSubject());
        }
        assertEquals(
                List.of("Verified: your insurance with Hiscox", "Ending soon: your insurance with Hiscox"), subjects);
    }

    @Test
    void aClientWhoseFormWillBeOutOfDateIsAskedOnceToCheckItUnlessTheySendItAgain() throws Exception {
        String client = setup.client("mailreview", "");
        String renewing = setup.client("mailrenew", "");
        String moving = setup.client("mailreviewmove", "");
        // Their forms are 12 months old in 10 days; the appointments are in 20.
        Db.update(
                "UPDATE intake_version SET assessed_on = ? WHERE client_id IN (?, ?, ?)",
                LocalDate.now(BookingSetup.LONDON).minusMonths(12).plusDays(10),
                id(client),
                id(renewing),
                id(moving));
        LocalDate later = LocalDate.now(BookingSetup.LONDON).plusDays(20);
        Instant start = at(later, "09:00");
        setup.booked(client, id(therapist), swedish, start);
        setup.booked(renewing, id(therapist), swedish, at(later, "11:00"));
        long moved = setup.booked(moving, id(therapist), swedish, at(later, "13:00"))
                .getJsonNumber("id")
                .longValue();
        Instant movedTo = at(later.plusDays(1), "13:00");
        HttpResponse<String> move = http.postJson(
                "api/v1/appointments/" + moved + "/reschedule", "{\"start\":\"" + movedTo + "\"}", moving, PW);
        assertEquals(200, move.statusCode(), move.body());
        setup.intake(renewing, "'conditions':[]");

        drain(Instant.now());
        assertEquals(0, subjected(client, "Please check your health form"), "not yet: 14 days before");
        drain(start.minus(Duration.ofDays(14)).plusSeconds(60));
        assertEquals(1, subjected(client, "Please check your health form"));
        assertEquals(0, subjected(renewing, "Please check your health form"), "sent again: nothing to check");
        assertEquals(0, subjected(moving, "Please check your health form"), "moved a day later: not yet");
        drain(movedTo.minus(Duration.ofDays(14)).plusSeconds(60));
        drain(start.minus(Duration.ofDays(1)));
        assertEquals(1, subjected(client, "Please check your health form"), "once");
        assertEquals(1, subjected(moving, "Please check your health form"), "once, for the new time only");
        MimeMessage review = all(client).stream()
                .filter(m -> GreenMailUtil.getBody(m).contains("intake/form"))
                .findFirst()
                .orElseThrow();
        assertTrue(review.getSubject().endsWith("at 09:00"), review.getSubject());

        // A form already out of date today is still refused at booking.
        String stale = setup.client("mailstale", "");
        Db.update(
                "UPDATE intake_version SET assessed_on = ? WHERE client_id = ?",
                LocalDate.now(BookingSetup.LONDON).minusMonths(12).minusDays(1),
                id(stale));
        HttpResponse<String> refused = setup.book(stale, id(therapist), swedish, at(later, "15:00"));
        assertEquals(422, refused.statusCode(), refused.body());
        assertTrue(refused.body().contains("intake_out_of_date"), refused.body());
    }

    @Test
    void adminsGetOneDigestADayOfRecordsWaitingToBeChecked() throws Exception {
        String waiting = http.registerTherapist("maildigest");
        HttpResponse<String> q = http.postJson(
                "api/v1/therapists/me/qualifications",
                ("{'title':'Reflexology Diploma','awardingBody':'AoR','level':'Level 3 Diploma',"
                                + "'awardedOn':'2022-06-01','techniques':['REFLEXOLOGY']}")
                        .replace('\'', '"'),
                waiting,
                PW);
        assertEquals(201, q.statusCode(), q.body());
        // Start-up may have written today's digest before this record existed.
        Db.update("DELETE FROM outbox WHERE dedupe_key LIKE 'digest:%'");
        int count = 0;
        for (int run = 0; run < 3; run++) {
            HttpResponse<String> r = http.postJson("api/v1/admin/digest", "", ADMIN, ADMIN_PW);
            assertEquals(200, r.statusCode(), r.body());
            count = Http.json(r).getInt("waiting");
        }
        assertTrue(count >= 1, "waiting " + count);
        assertEquals(403, http.postJson("api/v1/admin/digest", "", waiting, PW).statusCode());
        Instant morning = at(LocalDate.now(BookingSetup.LONDON), "07:01");
        drain(morning.isAfter(Instant.now()) ? morning : Instant.now());
        List<MimeMessage> digests = new ArrayList<>();
        for (MimeMessage m : all(ADMIN)) {
            if (m.getSubject().startsWith("Waiting to be checked: ")) {
                digests.add(m);
            }
        }
        assertEquals(1, digests.size());
        String subject = digests.get(0).getSubject();
        assertTrue(subject.startsWith("Waiting to be checked: " + count + " record"), subject);
        assertTrue(GreenMailUtil.getBody(digests.get(0)).contains("admin/verification"));
    }
}
