package org.bodywork.notes;

import static org.bodywork.it.BookingSetup.ADMIN;
import static org.bodywork.it.BookingSetup.ADMIN_PW;
import static org.bodywork.it.BookingSetup.PW;
import static org.bodywork.it.BookingSetup.at;
import static org.bodywork.it.BookingSetup.id;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
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
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;

/** The note pages in headless Chromium: write with autosave, override, sign, amend, progress, PDF, refusals. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient // everything through HTTP; the in-container tests are in AccountsIT and QualificationIT
class NotesPagesIT {

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
    private String tess;
    private long swedish;
    private LocalDate day;

    @BeforeEach
    void practice() {
        http = new Http(url);
        setup = new BookingSetup(http);
        tess = setup.therapist("notepages", "'SWEDISH','DEEP_TISSUE'");
        swedish = setup.service("SWEDISH", 60, 0);
        day = LocalDate.now(BookingSetup.LONDON).plusDays(3);
        browser = chromium.open(http.base().toString());
    }

    private long attended(String client, String time, int daysAgo) {
        long id = setup.booked(client, id(tess), swedish, at(day, time))
                .getJsonNumber("id")
                .longValue();
        LocalDate then = LocalDate.now(BookingSetup.LONDON).minusDays(daysAgo);
        BookingSetup.tookPlace(id, at(then, time));
        return id;
    }

    /** A signed note through the API, with the pain scores given. */
    private long signedNote(String client, String time, int daysAgo, int before, int after) {
        return signedNote(client, time, daysAgo, before, after, false);
    }

    private long signedNote(String client, String time, int daysAgo, int before, int after, boolean healthChanged) {
        long appointment = attended(client, time, daysAgo);
        long note = Http.json(http.postJson("api/v1/appointments/" + appointment + "/note", "", tess, PW))
                .getJsonNumber("id")
                .longValue();
        String body = NotesIT.COMPLETE
                .replace("'painBefore':6", "'painBefore':" + before)
                .replace("'painAfter':2", "'painAfter':" + after)
                .replace("'healthChanged':false", "'healthChanged':" + healthChanged)
                .replace('\'', '"');
        assertEquals(
                200, http.send("PUT", "api/v1/notes/" + note, body, tess, PW).statusCode());
        assertEquals(
                200,
                http.postJson("api/v1/notes/" + note + "/sign", "", tess, PW).statusCode());
        return note;
    }

    /** Clicks something that changes the draft, and waits for the autosave it causes. */
    private void clickAndSave(String css) {
        int before = saves();
        browser.find(css).click();
        awaitSaved(before);
    }

    /** Leaves a field, which fires its change event and so the autosave. */
    private void typeAndLeave(String css, String text) {
        int before = saves();
        // Select-all and type, not clear(): clearing fires a change (and a save) of its own.
        browser.find(css).sendKeys(Keys.chord(Keys.CONTROL, "a"), text, Keys.TAB);
        awaitSaved(before);
    }

    private int saves() {
        return Integer.parseInt(
                browser.driver().findElement(By.id("note:saved")).getAttribute("data-saves"));
    }

    private void awaitSaved(int before) {
        browser.await(java.time.Duration.ofSeconds(10))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> Integer.parseInt(d.findElement(By.id("note:saved")).getAttribute("data-saves")) > before
                        && Boolean.TRUE.equals(
                                ((JavascriptExecutor) d).executeScript("return PrimeFaces.ajax.Queue.isEmpty();")));
    }

    /**
     * Issue 23, M7: an open editor sends nothing while nobody types, so it does not keep its session
     * alive; typing is saved every 10 s without leaving the field; the page warns before the
     * session's idle end, says when it has ended, and what was typed is saved.
     */
    @Test
    void anOpenEditorKeepsNoSessionAliveAndWarnsBeforeItEnds() throws InterruptedException {
        String client = setup.client("idlenote", "");
        long appointment = attended(client, "09:00", 1);
        long note = Http.json(http.postJson("api/v1/appointments/" + appointment + "/note", "", tess, PW))
                .getJsonNumber("id")
                .longValue();
        browser.signedIn(tess, PW);
        browser.open("/notes/edit?id=" + note);
        int before = saves();
        browser.find("#note\\:clientWords").sendKeys("Stiff neck from the desk");
        awaitTypingSaved(before);
        assertEquals("Stiff neck from the desk", Db.one("SELECT client_words FROM session_note WHERE id = ?", note));
        int typed = saves();
        Thread.sleep(11_000); // a typing save's interval, with nothing typed
        assertEquals(typed, saves(), "nothing is sent while nobody types");

        JavascriptExecutor js = (JavascriptExecutor) browser.driver();
        assertTrue(browser.driver().findElement(By.id("idle-warning")).getAttribute("hidden") != null);
        js.executeScript("bodyworkIdle.check(Date.now() + 27 * 60 * 1000);");
        assertTrue(browser.text("#idle-warning").contains("signed out in a few minutes"), browser.text("main"));
        js.executeScript("bodyworkIdle.check(Date.now() + 31 * 60 * 1000);");
        assertTrue(browser.text("#idle-ended").contains("sign in again"), browser.text("main"));
    }

    private void awaitTypingSaved(int before) {
        browser.await(java.time.Duration.ofSeconds(25))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> Integer.parseInt(d.findElement(By.id("note:saved")).getAttribute("data-saves")) > before
                        && Boolean.TRUE.equals(
                                ((JavascriptExecutor) d).executeScript("return PrimeFaces.ajax.Queue.isEmpty();")));
    }

    @Test
    void aTherapistWritesWithAutosaveOverridesWithAReasonSignsAndAmends() {
        String client = setup.client("pagenote", "{'code':'PREGNANCY','weeks':20}");
        long appointment = attended(client, "10:00", 1);
        browser.signedIn(tess, PW);
        browser.open("/therapist/");
        assertTrue(browser.text("#awaiting").contains("Write the note"), browser.text("#awaiting"));
        browser.submit("#write\\:sessions\\:0\\:start");
        assertTrue(browser.path().startsWith("/notes/edit"), browser.path());
        assertTrue(browser.text("#screening").contains("Deep tissue massage: not allowed"), browser.text("#screening"));
        String note = Db.one("SELECT id FROM session_note WHERE appointment_id = ?", appointment);

        typeAndLeave("#note\\:clientWords", "Lower back aches after gardening");
        assertTrue(browser.text("#note\\:saved").contains("Draft saved"), browser.text("#note\\:saved"));
        assertEquals(
                "Lower back aches after gardening", Db.one("SELECT client_words FROM session_note WHERE id = ?", note));

        typeAndLeave("#note\\:minutes", "an hour");
        assertTrue(browser.text("#note\\:saved").contains("number of minutes"), browser.text("#note\\:saved"));
        assertTrue(browser.text("#messages").contains("number of minutes"), browser.text("#messages"));
        typeAndLeave("#note\\:minutes", "55");
        assertEquals("55", Db.one("SELECT minutes FROM session_note WHERE id = ?", note));

        browser.selectMenu("note:painBefore", "5");
        browser.selectMenu("note:painAfter", "2");
        clickAndSave("label[for='note:healthChanged:0']");
        clickAndSave("label[for='note:pressure:1']");
        clickAndSave("label[for='note:areas:4']"); // lower back
        clickAndSave("label[for='note:techniques:1']"); // deep tissue
        browser.find("#note\\:overrides textarea");
        assertTrue(
                browser.text("#note\\:overrides").contains("Deep tissue massage"), browser.text("#note\\:overrides"));
        typeAndLeave("#note\\:response", "Eased, moving more freely");
        typeAndLeave("#note\\:nextSteps", "Review in two weeks");
        browser.screenshot("notes-edit");

        browser.submit("#note\\:sign");
        assertTrue(
                browser.text("#messages").contains("advised against Deep tissue massage"), browser.text("#messages"));
        assertEquals(null, Db.one("SELECT signed_at FROM session_note WHERE id = ?", note));

        typeAndLeave("#note\\:overrides textarea", "Midwife's letter allows firm work on the legs only");
        browser.submit("#note\\:sign");
        assertTrue(browser.path().startsWith("/notes/view"), browser.path());
        assertTrue(browser.text("#status").contains("Signed by"), browser.text("#status"));
        assertTrue(browser.text("#overrides").contains("Midwife's letter"), browser.text("#overrides"));

        // A signed note opens read-only: the edit page sends the author to the view.
        browser.open("/notes/edit?id=" + note);
        assertTrue(browser.path().startsWith("/notes/view"), browser.path());
        assertTrue(browser.driver().findElements(By.id("note:sign")).isEmpty());

        browser.type("#amend\\:reason", "Typo");
        browser.submit("#amend\\:add");
        assertTrue(browser.text("#amend").contains("Write the correction"), browser.text("#amend"));
        browser.type("#amend\\:text", "Pain after was 3, not 2");
        browser.type("#amend\\:reason", "Misread my own writing");
        browser.submit("#amend\\:add");
        assertTrue(browser.text("#amendments").contains("Pain after was 3, not 2"), browser.text("#amendments"));
        assertEquals("2", Db.one("SELECT pain_after FROM session_note WHERE id = ?", note));
        browser.screenshot("notes-view");
    }

    @Test
    void theProgressChartAndTimelineFollowTheClientAndTheClientDownloadsThePdf() throws Exception {
        String client = setup.client("pageprogress", "");
        signedNote(client, "09:00", 15, 8, 5);
        signedNote(client, "09:00", 8, 6, 3);
        long last = signedNote(client, "09:00", 1, 4, 1);

        browser.signedIn(tess, PW);
        browser.open("/notes/client?id=" + id(client));
        assertEquals(
                3,
                browser.driver()
                        .findElements(By.cssSelector("#timeline tbody tr"))
                        .size());
        browser.find("#pain canvas");
        Object before = ((JavascriptExecutor) browser.driver())
                .executeScript("return Chart.getChart(document.querySelector('#pain canvas')).data.datasets[0].data;");
        assertEquals(List.of(8L, 6L, 4L), before);
        browser.screenshot("notes-progress");
        browser.signOut();

        browser.signedIn(client, PW);
        browser.open("/client/");
        browser.submit("#notes");
        assertEquals(
                3,
                browser.driver()
                        .findElements(By.cssSelector("#timeline tbody tr"))
                        .size());
        String href = browser.find("#pdf").getAttribute("href");
        HttpResponse<byte[]> pdf = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(href))
                                .header("Cookie", "JSESSIONID=" + browser.cookie("JSESSIONID"))
                                .build(),
                        HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, pdf.statusCode());
        String text = NotePdfTest.text(pdf.body());
        assertTrue(text.contains("Pain before: 4 out of 10"), text);
        assertTrue(text.contains("This record is kept until"), text);
        browser.open("/notes/view?id=" + last);
        assertTrue(browser.text("#painBefore").contains("4"));

        // Sharing the notes with every therapist in their care is the client's choice (issue 23, M5).
        browser.open("/client/");
        assertEquals("0", org.bodywork.it.Db.one("SELECT shares_notes FROM account WHERE email = ?", client));
        browser.find("#prefs\\:sharesNotes .ui-chkbox-box").click();
        browser.submit("#prefs\\:save");
        assertEquals("1", org.bodywork.it.Db.one("SELECT shares_notes FROM account WHERE email = ?", client));
    }

    @Test
    void draftsOverdueAfterThreeDaysAreFlaggedAndStrangersAndAdminsCannotOpenNotes() {
        String client = setup.client("pageoverdue", "");
        long appointment = attended(client, "11:00", 5);
        long draft = Http.json(http.postJson("api/v1/appointments/" + appointment + "/note", "", tess, PW))
                .getJsonNumber("id")
                .longValue();
        Db.update(
                "UPDATE session_note SET created_at = ? WHERE id = ?",
                BookingSetup.utc(java.time.Instant.now().minus(java.time.Duration.ofHours(80))),
                draft);
        long signed = signedNote(client, "14:00", 2, 5, 2);

        browser.signedIn(tess, PW);
        browser.open("/therapist/");
        assertTrue(browser.text("#drafts").contains("overdue"), browser.text("#drafts"));
        assertTrue(browser.text("#overdue").startsWith("1 "), browser.text("#overdue"));
        browser.signOut();

        String stranger = setup.client("pagestranger", "");
        browser.signedIn(stranger, PW);
        browser.open("/notes/view?id=" + signed);
        assertTrue(browser.driver().findElements(By.id("note")).isEmpty(), "a stranger sees no note");
        browser.open("/notes/client?id=" + id(client));
        assertTrue(browser.driver().findElements(By.id("timeline")).isEmpty());
        browser.signOut();

        browser.signedIn(client, PW);
        browser.open("/client/");
        assertTrue(browser.driver().findElements(By.id("healthUpdate")).isEmpty(), "nothing changed yet");
        signedNote(client, "16:00", 1, 3, 1, true);
        browser.open("/client/");
        assertTrue(browser.text("#healthUpdate").contains("update your health form"), browser.text("#healthUpdate"));
        browser.open("/notes/view?id=" + draft);
        assertTrue(browser.driver().findElements(By.id("note")).isEmpty(), "a client never sees a draft");
        browser.signOut();

        browser.signedIn(ADMIN, ADMIN_PW);
        browser.open("/notes/view?id=" + signed);
        assertEquals("You cannot open this page", browser.text("h1"));
        browser.open("/notes/client?id=" + id(client));
        assertEquals("You cannot open this page", browser.text("h1"));
    }
}
