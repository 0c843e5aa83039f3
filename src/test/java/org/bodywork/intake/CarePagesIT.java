package org.bodywork.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
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

/**
 * Therapists and their clients' health records in headless Chromium: what a therapist sees, a GP
 * clearance unblocking a client, and who is refused.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CarePagesIT {

    private static final String CONSENT = ",'consent':{'treatment':true,'healthData':true}}";
    private static final DateTimeFormatter DMY = DateTimeFormatter.ofPattern("d/M/yyyy");

    @Deployment
    static WebArchive deployment() {
        return Deployments.app();
    }

    @ArquillianResource
    URL url;

    private Http http;

    @RegisterExtension
    static final ClassBrowser chromium = new ClassBrowser();

    private Browser browser;

    @BeforeEach
    void open() {
        http = new Http(url);
        browser = chromium.open(http.base().toString());
    }

    private String client(String who, String... intakes) {
        String email = http.registerClient(who);
        for (String answers : intakes) {
            http.send(
                    "PUT",
                    "api/v1/clients/me/intake",
                    ("{'dateOfBirth':'1975-02-03'," + answers + CONSENT).replace('\'', '"'),
                    email,
                    Deployments.PASSWORD);
        }
        return email;
    }

    private String therapist(String who) {
        String email = Deployments.uniqueEmail(who);
        browser.open("/register");
        browser.find("label[for='register:role:1']").click();
        browser.type("#register\\:name", "Therapist " + who);
        browser.type("#register\\:email", email);
        browser.type("#register\\:password", Deployments.PASSWORD);
        browser.submit("#register\\:submit");
        http.confirm(email);
        return email;
    }

    private void choose(String menu, String email) {
        browser.selectMenu("assign:" + menu, id(email));
    }

    private void assign(String therapist, String client) {
        browser.signedIn(Deployments.ADMIN_EMAIL, Deployments.ADMIN_PASSWORD);
        browser.open("/admin/assignments");
        choose("therapist", therapist);
        choose("client", client);
        browser.submit("#assign\\:save");
        assertTrue(browser.text(".ui-messages-info").contains("Assigned"));
        browser.signOut();
    }

    private static String id(String email) {
        return Db.one("SELECT id FROM account WHERE email = ?", email);
    }

    private static Path file(String name, byte[] bytes) {
        try {
            Path dir = Files.createDirectories(Path.of("target", "uploads"));
            return Files.write(dir.resolve(name), bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void aLongClientListComesAPageOfTwentyFiveAtATime() {
        String therapist = therapist("many");
        for (int i = 0; i < 27; i++) {
            Db.update(
                    "INSERT INTO care_assignment (created_at, changed_at, therapist_id, client_id, assigned_by)"
                            + " VALUES (NOW(6), NOW(6), ?, ?, 'test')",
                    id(therapist),
                    id(http.registerClient("listed" + i)));
        }
        browser.signedIn(therapist, Deployments.PASSWORD);
        browser.open("/therapist/clients");
        assertEquals(
                25,
                browser.driver()
                        .findElements(By.cssSelector("#clients tbody a"))
                        .size());
        assertTrue(browser.text("#pages").contains("Page 1 of 2"), browser.text("#pages"));
        assertTrue(browser.driver().findElements(By.id("previous")).isEmpty());
        browser.submit("#next");
        assertEquals(
                2,
                browser.driver()
                        .findElements(By.cssSelector("#clients tbody a"))
                        .size());
        assertTrue(browser.text("#pages").contains("Page 2 of 2"));
        assertTrue(browser.driver().findElements(By.id("next")).isEmpty());
        // A page typed by hand that is not a number, or past the end, is the first or the last.
        browser.open("/therapist/clients?page=abc");
        assertTrue(browser.text("#pages").contains("Page 1 of 2"));
        browser.open("/therapist/clients?page=99");
        assertTrue(browser.text("#pages").contains("Page 2 of 2"));
    }

    @Test
    void aTherapistSeesTheirClientsScreeningAnswersAndWhatChanged() {
        String client = client(
                "changing",
                "'conditions':[]",
                "'conditions':[{'code':'OSTEOPOROSIS'},{'code':'BRUISING','area':'LOWER_BACK'}]");
        String therapist = therapist("seeing");
        assign(therapist, client);
        browser.signedIn(therapist, Deployments.PASSWORD);
        browser.open("/therapist/clients");
        assertTrue(browser.text("#clients").contains("Caution"));
        browser.submit("#clients a");
        assertTrue(browser.text("#headline").contains("Caution"), browser.text("#headline"));
        assertTrue(browser.text("#techniques").contains("Not allowed"));
        assertTrue(browser.text("#avoid").contains("Lower back"));
        assertTrue(browser.text("#avoid").contains("Reflexology"));
        assertTrue(browser.text("#history").contains("Added: osteoporosis"), browser.text("#history"));
        // Looked after but not booked yet: no link to a notes page that would not open.
        assertTrue(
                browser.driver()
                        .findElements(org.openqa.selenium.By.id("progress"))
                        .isEmpty(),
                "no progress link before a booking");
        browser.screenshot("therapist-client");
        assertEquals(
                "1",
                Db.one(
                        "SELECT COUNT(*) FROM audit_event WHERE actor = ? AND action = 'READ' AND subject_id = ?",
                        therapist,
                        id(client)));
    }

    @Test
    void aGpClearanceWithALetterUnblocksTheClient() {
        String client = client("dvt", "'conditions':[{'code':'DVT'}]");
        String therapist = therapist("clearing");
        assign(therapist, client);
        browser.signedIn(therapist, Deployments.PASSWORD);
        browser.open("/therapist/client?id=" + id(client));
        assertTrue(browser.text("#headline").contains("GP clearance needed"));
        browser.submit("#record-clearance");
        assertTrue(browser.path().startsWith("/therapist/clearance?id="), browser.path());
        browser.selectMenu("clearance:flag", "DVT");
        browser.type("#clearance\\:clinician", "Dr Amara Osei");
        browser.type("#clearance\\:letterDate", LocalDate.now().minusDays(2).format(DMY));
        browser.find("#clearance\\:evidence_input, #clearance\\:evidence")
                .sendKeys(file("letter.pdf", "%PDF-1.4\n% a GP letter\n".getBytes())
                        .toAbsolutePath()
                        .toString());
        browser.submit("#clearance\\:save");
        assertTrue(browser.path().startsWith("/therapist/client?id="), browser.path());
        assertTrue(browser.text("#recorded").contains("Clearance recorded"), browser.text("main"));
        assertTrue(browser.text("#headline").contains("Caution"));
        assertTrue(browser.text("#flags").contains("cleared by a GP's letter"));
        assertTrue(browser.text("#clearances").contains("Dr Amara Osei"));
        browser.signOut();
        assertEquals(
                "CAUTION",
                Http.json(http.get("api/v1/clients/me/intake", client, Deployments.PASSWORD))
                        .getJsonObject("screening")
                        .getString("outcome"));
        assertEquals("application/pdf", Db.one("SELECT evidence_type FROM clearance WHERE client_id = ?", id(client)));
        // The client is told by e-mail, written with the clearance, and the message names no condition.
        assertEquals(
                "A clinician's letter has been recorded",
                Db.one("SELECT subject FROM outbox WHERE recipient = ? AND kind = 'clearance_recorded'", client));
        String body =
                Db.one("SELECT text_body FROM outbox WHERE recipient = ? AND kind = 'clearance_recorded'", client);
        assertTrue(!body.contains("DVT") && !body.toLowerCase().contains("thrombosis"), body);
    }

    @Test
    void aFileThatIsNotALetterIsRefusedAndNothingIsStored() {
        String client = client("refused-file", "'conditions':[{'code':'EPILEPSY'}]");
        String therapist = therapist("uploading");
        assign(therapist, client);
        browser.signedIn(therapist, Deployments.PASSWORD);
        browser.open("/therapist/clearance?id=" + id(client));
        browser.selectMenu("clearance:flag", "EPILEPSY");
        browser.type("#clearance\\:clinician", "Dr No");
        browser.type("#clearance\\:letterDate", LocalDate.now().format(DMY));
        browser.find("#clearance\\:evidence_input, #clearance\\:evidence")
                .sendKeys(file("letter.pdf.txt", "just some text".getBytes())
                        .toAbsolutePath()
                        .toString());
        browser.submit("#clearance\\:save");
        assertTrue(browser.text("main").contains("must be a PDF, or a photo"), browser.text("main"));
        assertTrue(browser.path().startsWith("/therapist/clearance"), browser.path());
        assertEquals("Dr No", browser.find("#clearance\\:clinician").getAttribute("value"), "what was typed is kept");
        assertEquals("0", Db.one("SELECT COUNT(*) FROM clearance WHERE client_id = ?", id(client)));
    }

    @Test
    void anotherTherapistCannotOpenTheClientAndTheAttemptIsAudited() {
        String client = client("private", "'conditions':[{'code':'CANCER'}]");
        String mine = therapist("mine");
        assign(mine, client);
        String other = therapist("other");
        browser.signedIn(other, Deployments.PASSWORD);
        browser.open("/therapist/client?id=" + id(client));
        assertEquals("Page not found", browser.text("h1"));
        browser.open("/therapist/clients");
        assertTrue(browser.text("#clients").contains("No clients yet"));
        assertEquals(
                "1",
                Db.one(
                        "SELECT COUNT(*) FROM audit_event WHERE actor = ? AND action = 'REFUSED' AND subject_id = ?",
                        other,
                        id(client)));
    }

    @Test
    void clientsAndAdminsCannotOpenTherapistPages() {
        String client = client("curious", "'conditions':[]");
        browser.signedIn(client, Deployments.PASSWORD);
        browser.open("/therapist/clients");
        assertEquals("You cannot open this page", browser.text("h1"));
        browser.open("/therapist/client?id=" + id(client));
        assertEquals("You cannot open this page", browser.text("h1"));
        browser.signOut();
        browser.signedIn(Deployments.ADMIN_EMAIL, Deployments.ADMIN_PASSWORD);
        browser.open("/therapist/client?id=" + id(client));
        assertEquals("You cannot open this page", browser.text("h1"));
    }
}
