package org.bodywork.booking;

import static org.bodywork.it.BookingSetup.ADMIN;
import static org.bodywork.it.BookingSetup.ADMIN_PW;
import static org.bodywork.it.BookingSetup.PW;
import static org.bodywork.it.BookingSetup.at;
import static org.bodywork.it.BookingSetup.id;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.bodywork.it.BookingSetup;
import org.bodywork.it.Browser;
import org.bodywork.it.ClassBrowser;
import org.bodywork.it.Db;
import org.bodywork.it.Deployments;
import org.bodywork.it.Http;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Booking pages in headless Chromium: a client books, is refused, cancels and moves; the diaries show it. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient // everything through HTTP; the in-container tests are in AccountsIT and QualificationIT
class BookingPagesIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.app();
    }

    @ArquillianResource
    URL url;

    private Http http;
    private BookingSetup setup;

    @RegisterExtension
    static final ClassBrowser chromium = new ClassBrowser();

    private Browser browser;
    private String therapist;
    private long therapistId;
    private long service;
    private LocalDate day;

    @BeforeEach
    void practice() {
        http = new Http(url);
        setup = new BookingSetup(http);
        therapist = setup.therapist("pages", "'SWEDISH','DEEP_TISSUE'");
        therapistId = id(therapist);
        service = setup.service("SWEDISH", 60, 15);
        day = LocalDate.now(BookingSetup.LONDON).plusDays(3);
        browser = chromium.open(http.base().toString());
    }

    /**
     * On the booking page, opened for this test's service and therapist (in CI the database holds
     * every test's therapists, so "anyone" would list them all), a time of the first week shown.
     */
    private void choose(Instant start) {
        browser.open("/booking/book?service=" + service + "&therapist=" + therapistId);
        browser.clickAndAwaitAjax("button[title='" + start + "']");
    }

    private static java.sql.Timestamp utc(Instant instant) {
        return java.sql.Timestamp.valueOf(java.time.LocalDateTime.ofInstant(instant, java.time.ZoneOffset.UTC));
    }

    private String name(String email) {
        return Db.one("SELECT name FROM account WHERE email = ?", email);
    }

    @Test
    void aClientBooksAFreeTimeAndSeesItInTheirAppointments() {
        String client = setup.client("pagebook", "");
        browser.signedIn(client, PW);
        choose(at(day, "10:00"));
        assertTrue(browser.text("#summary").contains(", 10:00"), browser.text("#summary"));
        browser.submit("#book\\:confirmButton");
        assertEquals("/booking/appointments", browser.path());
        assertTrue(browser.text("#messages").contains("You are booked"), browser.text("#messages"));
        assertTrue(browser.text("#list\\:upcoming").contains("10:00"), browser.text("#list\\:upcoming"));
        assertTrue(browser.text("#list\\:upcoming").contains(name(therapist)));
        assertEquals("1", Db.one("SELECT COUNT(*) FROM appointment WHERE client_id = ?", id(client)));
        browser.screenshot("booking-booked");
    }

    @Test
    void aClientChoosesServiceAndTherapistOnThePageOrAnyBookableTherapist() {
        String client = setup.client("pageany", "");
        browser.signedIn(client, PW);
        browser.open("/booking/book");
        browser.selectMenu("book:service", String.valueOf(service));
        browser.submit("#book\\:show");
        // "Anyone": one button per time, whoever is free then.
        Instant start = at(day.plusDays(1), "11:00");
        assertEquals(
                1,
                browser.driver()
                        .findElements(org.openqa.selenium.By.cssSelector("button[title='" + start + "']"))
                        .size());
        browser.selectMenu("book:therapist", String.valueOf(therapistId));
        browser.submit("#book\\:show");
        browser.clickAndAwaitAjax("button[title='" + at(day, "16:00") + "']");
        assertTrue(browser.text("#summary").contains(name(therapist)), browser.text("#summary"));

        browser.selectMenu("book:therapist", "0");
        browser.submit("#book\\:show");
        browser.clickAndAwaitAjax("button[title='" + start + "']");
        browser.submit("#book\\:confirmButton");
        assertEquals("/booking/appointments", browser.path());
        assertEquals(
                "1",
                Db.one(
                        "SELECT COUNT(*) FROM appointment WHERE client_id = ? AND starts_at = ? AND status = 'BOOKED'",
                        id(client),
                        utc(start)));
    }

    @Test
    void aRefusalIsShownInPlainWordsAndNothingIsBooked() {
        String client = setup.client("pagefever", "{'code':'FEVER'}");
        browser.signedIn(client, PW);
        choose(at(day, "11:00"));
        browser.submit("#book\\:confirmButton");
        assertEquals("/booking/book", browser.path());
        String shown = browser.text("#messages");
        assertTrue(shown.contains("Massage should wait for now"), shown);
        assertTrue(shown.contains("update your health form"), shown);
        assertEquals("0", Db.one("SELECT COUNT(*) FROM appointment WHERE client_id = ?", id(client)));
        browser.screenshot("booking-refused");
    }

    /** Signs in, chooses a time and confirms; the page stays, says why in words, and books nothing. */
    private void refusedOnPage(String client, Instant start, Runnable meanwhile, String... words) {
        browser.signedIn(client, PW);
        choose(start);
        meanwhile.run();
        browser.submit("#book\\:confirmButton");
        assertEquals("/booking/book", browser.path());
        String shown = browser.text("#messages");
        for (String w : words) {
            assertTrue(shown.contains(w), shown);
        }
        assertEquals("0", Db.one("SELECT COUNT(*) FROM appointment WHERE client_id = ?", id(client)));
        browser.signOut();
    }

    @Test
    void everyOtherRefusalReasonIsShownInPlainWords() {
        Instant start = at(day, "12:00");
        refusedOnPage(setup.client("pagenoform", null), start, () -> {}, "fill in your health form");

        String old = setup.client("pageold", "");
        Db.update(
                "UPDATE intake_version SET assessed_on = ? WHERE client_id = ?",
                LocalDate.now().minusMonths(13),
                id(old));
        refusedOnPage(old, start, () -> {}, "more than 12 months old", "send it again");

        refusedOnPage(setup.client("pagegp", "{'code':'DVT'}"), start, () -> {}, "GP's written OK");

        String pregnant = setup.client("pagepregnant", "{'code':'PREGNANCY','weeks':20}");
        service = setup.service("DEEP_TISSUE", 60, 15);
        refusedOnPage(pregnant, start, () -> {}, "Deep tissue massage is not safe for you", "instead");

        service = setup.service("SWEDISH", 30, 0);
        refusedOnPage(
                setup.client("pagelapsed", ""),
                start,
                () -> Db.update(
                        "UPDATE insurance SET valid_to = ? WHERE therapist_id = ?",
                        LocalDate.now().plusDays(1),
                        therapistId),
                "cannot be booked for Swedish massage",
                "choose another therapist");
    }

    @Test
    void aClientCancelsAndMovesBeforeTheCutoffButNotAfter() {
        String client = setup.client("pagechange", "");
        setup.booked(client, therapistId, service, at(day, "09:00"));
        setup.booked(client, therapistId, service, at(day, "13:00"));
        browser.signedIn(client, PW);
        browser.open("/booking/appointments");
        browser.submit("#list\\:upcoming\\:0\\:cancel");
        assertTrue(browser.text("#messages").contains("cancelled"), browser.text("#messages"));
        assertTrue(browser.text("#list\\:past").contains("Cancelled"), browser.text("#list\\:past"));

        browser.find("#list\\:upcoming\\:0\\:move").click();
        assertTrue(browser.text("#moving").contains("13:00"), browser.text("#moving"));
        browser.clickAndAwaitAjax("button[title='" + at(day.plusDays(1), "15:00") + "']");
        browser.submit("#book\\:confirmButton");
        assertTrue(browser.text("#messages").contains("moved"), browser.text("#messages"));
        assertEquals(
                "1",
                Db.one(
                        "SELECT COUNT(*) FROM appointment WHERE client_id = ? AND status = 'BOOKED' AND starts_at = ?",
                        id(client),
                        utc(at(day.plusDays(1), "15:00"))));

        Instant soon = setup.slots(therapistId, service, LocalDate.now(BookingSetup.LONDON)).stream()
                .findFirst()
                .orElseGet(() -> setup.slots(
                                therapistId,
                                service,
                                LocalDate.now(BookingSetup.LONDON).plusDays(1))
                        .get(0));
        // With 12 hours of notice and a therapist working round the clock, the first free time is inside 24 hours.
        assertTrue(soon.isBefore(Instant.now().plus(Duration.ofHours(23))), soon.toString());
        long late = setup.booked(client, therapistId, service, soon)
                .getJsonNumber("id")
                .longValue();
        browser.open("/booking/appointments");
        String row = browser.text("#list\\:upcoming\\:0\\:late");
        assertTrue(row.contains("contact your therapist"), row);
        assertTrue(browser.driver()
                .findElements(org.openqa.selenium.By.id("list:upcoming:0:cancel"))
                .isEmpty());
        browser.open("/booking/book?reschedule=" + late);
        assertTrue(browser.text("#messages").contains("no longer move it online"), browser.text("#messages"));
        assertTrue(browser.driver()
                .findElements(org.openqa.selenium.By.id("moving"))
                .isEmpty());
        assertEquals(
                "BOOKED",
                Db.one("SELECT status FROM appointment WHERE client_id = ? ORDER BY starts_at LIMIT 1", id(client)));
    }

    @Test
    void theTherapistsDiaryShowsEachAppointmentWithTheClientsScreening() {
        String client = setup.client("diary", "{'code':'OSTEOPOROSIS'}");
        setup.booked(client, therapistId, service, at(day, "10:00"));
        browser.signedIn(therapist, PW);
        browser.open("/therapist/diary?date=" + day);
        String event = browser.text(".fc-event");
        assertTrue(event.contains(name(client)), event);
        assertTrue(event.contains("Caution"), event);
        browser.screenshot("booking-diary");
        browser.clickAndAwaitAjax(".fc-event");
        String details = browser.text("#diary\\:details");
        assertTrue(details.contains(name(client)), details);
        assertTrue(details.contains("Caution"), details);
        assertTrue(details.contains("Adapt:"), details);
        browser.screenshot("booking-diary-details");
        String dayTyped = day.getDayOfMonth() + "/" + day.getMonthValue() + "/" + day.getYear();
        browser.type("#diary\\:moveDay", dayTyped);
        browser.type("#diary\\:moveTime", "4pm");
        browser.submit("#diary\\:move");
        assertTrue(browser.text("#messages").contains("24-hour clock"), browser.text("#messages"));
        assertEquals(
                "1",
                Db.one(
                        "SELECT COUNT(*) FROM appointment WHERE starts_at = ? AND client_id = ?",
                        utc(at(day, "10:00")),
                        id(client)));

        browser.open("/therapist/diary?date=" + day);
        browser.clickAndAwaitAjax(".fc-event");
        browser.type("#diary\\:moveDay", dayTyped);
        browser.type("#diary\\:moveTime", "16:00");
        browser.submit("#diary\\:move");
        assertTrue(browser.text("#messages").contains("Moved to"), browser.text("#messages"));
        assertEquals(
                "1",
                Db.one(
                        "SELECT COUNT(*) FROM appointment WHERE starts_at = ? AND client_id = ?",
                        utc(at(day, "16:00")),
                        id(client)));

        browser.open("/therapist/diary?date=" + day);
        browser.clickAndAwaitAjax(".fc-event");
        browser.submit("#diary\\:cancel");
        assertTrue(browser.text("#messages").contains("Cancelled"), browser.text("#messages"));
        assertEquals("CANCELLED", Db.one("SELECT status FROM appointment WHERE client_id = ?", id(client)));

        // An appointment that has happened: the client did not come.
        long past = setup.booked(client, therapistId, service, at(day, "14:00"))
                .getJsonNumber("id")
                .longValue();
        LocalDate yesterday = LocalDate.now(BookingSetup.LONDON).minusDays(1);
        Db.update(
                "UPDATE appointment SET starts_at = ?, ends_at = ?, busy_until = ? WHERE id = ?",
                utc(at(yesterday, "14:00")),
                utc(at(yesterday, "15:00")),
                utc(at(yesterday, "15:15")),
                past);
        browser.open("/therapist/diary?date=" + yesterday);
        browser.clickAndAwaitAjax(".fc-event.status-BOOKED");
        browser.submit("#diary\\:noShow");
        assertTrue(browser.text("#messages").contains("did not attend"), browser.text("#messages"));
        assertEquals("NO_SHOW", Db.one("SELECT status FROM appointment WHERE id = ?", past));
        browser.signOut();

        browser.signedIn(ADMIN, ADMIN_PW);
        browser.open("/admin/diary?date=" + day);
        browser.find(".fc-event");
        assertTrue(browser.text(".fc-view-harness").contains(name(client)), browser.text(".fc-view-harness"));
        browser.signOut();

        browser.signedIn(client, PW);
        browser.open("/therapist/diary");
        assertEquals("You cannot open this page", browser.text("h1"));
        browser.open("/admin/diary");
        assertEquals("You cannot open this page", browser.text("h1"));
    }

    @Test
    void theBookingPagesAreForClientsOnly() {
        browser.open("/booking/book");
        assertTrue(browser.path().startsWith("/login"), browser.path());
        browser.signedIn(therapist, PW);
        browser.open("/booking/book");
        assertEquals("You cannot open this page", browser.text("h1"));
        browser.open("/booking/appointments");
        assertEquals("You cannot open this page", browser.text("h1"));
    }

    @Test
    void anAdminAddsAServiceWithPlainMessagesForBadInput() {
        browser.signedIn(ADMIN, ADMIN_PW);
        browser.open("/admin/services");
        String name = "Shiatsu taster " + therapistId;
        browser.type("#service\\:name", name);
        browser.selectMenu("service:technique", "SHIATSU");
        browser.type("#service\\:minutes", "45");
        browser.type("#service\\:price", "lots");
        browser.type("#service\\:buffer", "10");
        browser.submit("#service\\:save");
        assertTrue(browser.text("#service").contains("pounds and pence"), browser.text("#service"));
        assertEquals("0", Db.one("SELECT COUNT(*) FROM service WHERE name = ?", name));
        browser.type("#service\\:price", "48.50");
        browser.type("#service\\:minutes", "7");
        browser.type("#service\\:buffer", "99");
        browser.submit("#service\\:save");
        String both = browser.text("#service");
        assertTrue(both.contains("15 to 240 minutes") && both.contains("0 to 60 minutes"), both);
        assertEquals("0", Db.one("SELECT COUNT(*) FROM service WHERE name = ?", name));
        browser.type("#service\\:minutes", "45");
        browser.type("#service\\:buffer", "10");
        browser.submit("#service\\:save");
        assertTrue(browser.text("#services").contains(name), browser.text("#services"));
        assertEquals("4850", Db.one("SELECT price_pence FROM service WHERE name = ?", name));

        browser.type("#rules\\:step", "7");
        browser.submit("#rules\\:save");
        assertTrue(browser.text("#rules").contains("divide an hour"), browser.text("#rules"));
        assertEquals("15", Db.one("SELECT step_minutes FROM booking_rules"));
        browser.screenshot("booking-services");
    }

    @Test
    void aTherapistKeepsTheirWeekAndTakesTimeOff() {
        browser.signedIn(therapist, PW);
        browser.open("/therapist/hours");
        browser.type("#week\\:rows\\:0\\:end", "25:00");
        browser.submit("#week\\:save");
        assertTrue(browser.text("#messages").contains("24-hour clock"), browser.text("#messages"));
        assertEquals("23:45:00", Db.one("SELECT MAX(ends) FROM working_hours WHERE therapist_id = ?", therapistId));

        browser.type("#timeoff\\:day", day.getDayOfMonth() + "/" + day.getMonthValue() + "/" + day.getYear());
        browser.type("#timeoff\\:note", "Training course");
        browser.submit("#timeoff\\:add");
        assertTrue(browser.text("#exceptions").contains("Training course"), browser.text("#exceptions"));
        assertTrue(setup.slots(therapistId, service, day).isEmpty(), "no times on a day off");
        assertTrue(!setup.slots(therapistId, service, day.plusDays(1)).isEmpty());
        browser.screenshot("booking-hours");
    }
}
