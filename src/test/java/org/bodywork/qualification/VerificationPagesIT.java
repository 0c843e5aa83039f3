package org.bodywork.qualification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
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

/** Qualification records, the admin's verification queue and the public directory, in headless Chromium. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class VerificationPagesIT {

    private static final String PW = Deployments.PASSWORD;

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
    private String therapist;

    @BeforeEach
    void open() {
        http = new Http(url);
        browser = chromium.open(http.base().toString());
        therapist = http.registerTherapist("listed");
    }

    private static Path file(String name, byte[] bytes) {
        try {
            return Files.write(
                    Files.createDirectories(Path.of("target", "uploads")).resolve(name), bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String newestOf(String table) {
        return Db.one(
                "SELECT MAX(r.id) FROM " + table + " r JOIN account a ON a.id = r.therapist_id WHERE a.email = ?",
                therapist);
    }

    /** A decision's body for the therapist's newest record of the kind, at its version now. */
    private String seen(String table) {
        return "{\"version\":" + Db.one("SELECT version FROM " + table + " WHERE id = ?", newestOf(table)) + "}";
    }

    private void attach(String record, String name, byte[] bytes) {
        browser.selectMenu("evidence:record", record);
        browser.find("#evidence\\:file_input, #evidence\\:file")
                .sendKeys(file(name, bytes).toAbsolutePath().toString());
        browser.submit("#evidence\\:attach");
    }

    private void decide(String type, String id, String button) {
        browser.submit("#record-" + type + "-" + id + " button[id$='" + button + "']");
    }

    @Test
    void aTherapistSubmitsWithACertificateAndOnceVerifiedIsListedForThoseTechniques() {
        browser.signedIn(therapist, PW);
        browser.open("/therapist/qualifications");
        browser.type("#qualification\\:title", "Shiatsu Practitioner Diploma");
        browser.type("#qualification\\:awardingBody", "The Shiatsu Society");
        browser.type("#qualification\\:level", "Level 4");
        browser.type("#qualification\\:awardedOn", "1/9/2021");
        browser.find("label[for='qualification:techniques:3']").click(); // SHIATSU
        browser.submit("#qualification\\:add");
        assertTrue(browser.text(".ui-messages-info").contains("Qualification added"), browser.text("main"));
        browser.type("#insurance\\:insurer", "Balens");
        browser.type("#insurance\\:policyNumber", "BAL-77");
        browser.type("#insurance\\:coverPounds", "6000000");
        browser.type("#insurance\\:validFrom", "1/1/2026");
        browser.type("#insurance\\:validTo", "31/12/2099");
        browser.submit("#insurance\\:add");
        String qualification = newestOf("qualification");
        String insurance = newestOf("insurance");
        attach("qualification:" + qualification, "diploma.pdf", "%PDF-1.4 diploma".getBytes());
        assertTrue(browser.text(".ui-messages-info").contains("File attached"));
        assertTrue(browser.text("#records").contains("diploma.pdf"));
        assertTrue(browser.text("#records").contains("Waiting for an admin"));
        browser.screenshot("therapist-records");
        browser.signOut();

        browser.signedIn(Deployments.ADMIN_EMAIL, Deployments.ADMIN_PASSWORD);
        browser.open("/admin/verification");
        assertTrue(browser.text("#record-qualification-" + qualification).contains("diploma.pdf"));
        browser.screenshot("admin-queue");
        decide("qualification", qualification, "verify");
        decide("insurance", insurance, "verify");
        browser.signOut();

        browser.open("/therapists/?technique=SHIATSU");
        assertTrue(browser.text("#listings").contains("Therapist listed"), browser.text("main"));
        assertTrue(browser.text("#listings").contains("Shiatsu Practitioner Diploma"));
        browser.open("/therapists/?technique=DEEP_TISSUE");
        assertTrue(!browser.text("main").contains("Therapist listed"));
        browser.screenshot("directory");
    }

    @Test
    void aProfileShowsInTheDirectoryWithItsPhotoButNotItsPrivateDetails() {
        browser.signedIn(therapist, PW);
        browser.open("/therapist/profile");
        browser.type("#profile\\:publicName", " ");
        browser.type("#profile\\:memberships\\:0\\:register", "CNHC");
        browser.type("#profile\\:phone", "call me");
        browser.submit("#profile\\:save");
        String marked = browser.text("#profile");
        assertTrue(marked.contains("Enter the name clients will see."), marked);
        assertTrue(marked.contains("Enter your membership number."), marked);
        assertTrue(marked.contains("Enter a phone number"), marked);
        assertEquals(
                "0",
                Db.one(
                        "SELECT COUNT(*) FROM therapist_profile p JOIN account a ON a.id = p.therapist_id"
                                + " WHERE a.email = ? AND p.phone = 'call me'",
                        therapist),
                "a refused profile stores nothing");
        browser.type("#profile\\:publicName", "Jo Public");
        browser.type("#profile\\:bio", "Twenty years of sports massage.");
        browser.type("#profile\\:memberships\\:0\\:register", "CNHC");
        browser.type("#profile\\:memberships\\:0\\:number", "12345");
        browser.type("#profile\\:phone", "01632 960111");
        browser.submit("#profile\\:save");
        assertTrue(browser.text(".ui-messages-info").contains("Profile saved"), browser.text("main"));
        byte[] png = PhotoPixelsTest.picture("png");
        browser.find("#photo\\:upload_input, #photo\\:upload")
                .sendKeys(file("me.png", png).toAbsolutePath().toString());
        browser.submit("#photo\\:save");
        assertTrue(browser.text(".ui-messages-info").contains("Photo saved"));
        browser.signOut();
        http.postJson(
                "api/v1/therapists/me/qualifications",
                "{\"title\":\"Sports Massage\",\"awardingBody\":\"ITEC\",\"level\":\"Level 4\","
                        + "\"awardedOn\":\"2022-01-01\",\"techniques\":[\"TRIGGER_POINT\"]}",
                therapist,
                PW);
        http.postJson(
                "api/v1/therapists/me/insurance",
                "{\"insurer\":\"Balens\",\"policyNumber\":\"B-9\",\"coverPounds\":6000000,"
                        + "\"validFrom\":\"2026-01-01\",\"validTo\":\"2099-01-01\"}",
                therapist,
                PW);
        http.postJson(
                "api/v1/admin/qualifications/" + newestOf("qualification") + "/verify",
                seen("qualification"),
                Deployments.ADMIN_EMAIL,
                Deployments.ADMIN_PASSWORD);
        http.postJson(
                "api/v1/admin/insurance/" + newestOf("insurance") + "/verify",
                seen("insurance"),
                Deployments.ADMIN_EMAIL,
                Deployments.ADMIN_PASSWORD);
        browser.open("/therapists/?technique=TRIGGER_POINT");
        String listings = browser.text("#listings");
        assertTrue(listings.contains("Jo Public") && listings.contains("Twenty years"), listings);
        assertTrue(listings.contains("CNHC (12345)"), listings);
        assertTrue(!listings.contains("01632 960111"), "the phone number is private");
        String id = Db.one("SELECT id FROM account WHERE email = ?", therapist);
        assertEquals("image/png", Db.one("SELECT media_type FROM profile_photo WHERE therapist_id = ?", id));
        assertEquals(200, http.get("photos?id=" + id).statusCode(), http.base() + "photos?id=" + id);
    }

    @Test
    void aPdfIsNotAPhoto() {
        browser.signedIn(therapist, PW);
        browser.open("/therapist/profile");
        browser.find("#photo\\:upload_input, #photo\\:upload")
                .sendKeys(file("me.pdf", "%PDF-1.4".getBytes()).toAbsolutePath().toString());
        browser.submit("#photo\\:save");
        assertTrue(browser.text(".ui-messages-error").contains("JPEG or PNG"), browser.text("main"));
    }

    /**
     * Issue 23, M6: an admin decides on what they saw. A file added while the queue is open makes
     * their click refuse and decide nothing; after a look again it verifies, and the decision keeps
     * the version and what the record said; a file added after that sends the record back.
     */
    @Test
    void aDecisionOnARecordChangedSinceTheAdminOpenedItDecidesNothing() {
        http.postJson(
                "api/v1/therapists/me/qualifications",
                "{\"title\":\"Reflexology Diploma\",\"awardingBody\":\"AoR\",\"level\":\"Level 3\","
                        + "\"awardedOn\":\"2022-01-01\",\"techniques\":[\"REFLEXOLOGY\"]}",
                therapist,
                PW);
        String id = newestOf("qualification");
        browser.signedIn(Deployments.ADMIN_EMAIL, Deployments.ADMIN_PASSWORD);
        browser.open("/admin/verification");
        String evidence = "api/v1/therapists/me/qualifications/" + id + "/evidence/";
        assertEquals(
                201,
                http.putBytes(evidence + "late.pdf", "application/pdf", "%PDF-1.4 late".getBytes(), therapist, PW)
                        .statusCode());
        decide("qualification", id, "verify");
        assertTrue(browser.text(".ui-messages-error").contains("after you opened it"), browser.text("main"));
        assertEquals("PENDING", Db.one("SELECT status FROM qualification WHERE id = ?", id));
        assertTrue(browser.text("#record-qualification-" + id).contains("late.pdf"));
        decide("qualification", id, "verify");
        assertTrue(browser.text(".ui-messages-info").contains("Verified"), browser.text("main"));
        assertEquals("VERIFIED", Db.one("SELECT status FROM qualification WHERE id = ?", id));
        String seen = Db.one(
                "SELECT seen FROM verification_decision WHERE record_type = 'qualification' AND record_id = ?", id);
        assertTrue(seen.contains("Reflexology Diploma") && seen.contains("late.pdf"), seen);
        assertEquals(
                201,
                http.putBytes(evidence + "later.pdf", "application/pdf", "%PDF-1.4 later".getBytes(), therapist, PW)
                        .statusCode());
        assertEquals("PENDING", Db.one("SELECT status FROM qualification WHERE id = ?", id));
    }

    /** The API's side of it: no version is a 400 that names it, an old one a 409. */
    @Test
    void theApiDecidesOnlyOnTheVersionNamed() {
        HttpResponse<String> created = http.postJson(
                "api/v1/therapists/me/insurance",
                "{\"insurer\":\"Balens\",\"policyNumber\":\"B-10\",\"coverPounds\":6000000,"
                        + "\"validFrom\":\"2026-01-01\",\"validTo\":\"2099-01-01\"}",
                therapist,
                PW);
        String verify = "api/v1/admin/insurance/" + Http.json(created).getJsonNumber("id") + "/verify";
        HttpResponse<String> none = http.postJson(verify, "{}", Deployments.ADMIN_EMAIL, Deployments.ADMIN_PASSWORD);
        assertEquals(400, none.statusCode(), none.body());
        assertEquals("version", Http.json(none).getString("field"), none.body());
        HttpResponse<String> old = http.postJson(
                verify,
                "{\"version\":" + (Http.json(created).getJsonNumber("version").longValue() - 1) + "}",
                Deployments.ADMIN_EMAIL,
                Deployments.ADMIN_PASSWORD);
        assertEquals(409, old.statusCode(), old.body());
        assertTrue(old.body().contains("after you opened it"), old.body());
        assertEquals(
                200,
                http.postJson(verify, Http.seen(created), Deployments.ADMIN_EMAIL, Deployments.ADMIN_PASSWORD)
                        .statusCode());
    }

    @Test
    void aRejectionReasonReachesTheTherapist() {
        http.postJson(
                "api/v1/therapists/me/qualifications",
                "{\"title\":\"Swedish Massage\",\"awardingBody\":\"VTCT\",\"level\":\"Level 3\","
                        + "\"awardedOn\":\"2022-01-01\",\"techniques\":[\"SWEDISH\"]}",
                therapist,
                PW);
        String id = newestOf("qualification");
        browser.signedIn(Deployments.ADMIN_EMAIL, Deployments.ADMIN_PASSWORD);
        browser.open("/admin/verification");
        decide("qualification", id, "reject");
        assertTrue(browser.text(".ui-messages-error").contains("Say why"));
        browser.type("#record-qualification-" + id + " input[id$='reason']", "The certificate is not attached");
        decide("qualification", id, "reject");
        browser.signOut();
        browser.signedIn(therapist, PW);
        browser.open("/therapist/qualifications");
        assertTrue(browser.text("#records").contains("The certificate is not attached"), browser.text("#records"));
    }

    @Test
    void aFileThatIsNotAPdfOrImageIsRefusedWhateverItsName() {
        http.postJson(
                "api/v1/therapists/me/qualifications",
                "{\"title\":\"Reflexology\",\"awardingBody\":\"AoR\",\"level\":\"Level 3\","
                        + "\"awardedOn\":\"2022-01-01\",\"techniques\":[\"REFLEXOLOGY\"]}",
                therapist,
                PW);
        String id = newestOf("qualification");
        browser.signedIn(therapist, PW);
        browser.open("/therapist/qualifications");
        attach("qualification:" + id, "certificate.pdf", "MZ this is a program".getBytes());
        assertTrue(browser.text("main").contains("must be a PDF, or a photo"), browser.text("main"));
        assertEquals("0", Db.one("SELECT COUNT(*) FROM evidence_file WHERE owner_id = ?", id));
    }

    @Test
    void evidenceAndTheQueueAreClosedToEveryoneElse() {
        http.postJson(
                "api/v1/therapists/me/qualifications",
                "{\"title\":\"Deep Tissue\",\"awardingBody\":\"ITEC\",\"level\":\"Level 4\","
                        + "\"awardedOn\":\"2022-01-01\",\"techniques\":[\"DEEP_TISSUE\"]}",
                therapist,
                PW);
        String id = newestOf("qualification");
        String file = Http.json(http.putBytes(
                        "api/v1/therapists/me/qualifications/" + id + "/evidence/cert.pdf",
                        "application/pdf",
                        "%PDF-1.4".getBytes(),
                        therapist,
                        PW))
                .get("id")
                .toString();
        browser.open("/files/evidence?id=" + file);
        assertTrue(browser.path().startsWith("/login"), browser.path());
        String other = http.registerTherapist("curious");
        browser.signedIn(other, PW);
        browser.open("/files/evidence?id=" + file);
        assertEquals("Page not found", browser.text("h1"));
        browser.open("/admin/verification");
        assertEquals("You cannot open this page", browser.text("h1"));
        browser.signOut();
        browser.signedIn(http.registerClient("client"), PW);
        browser.open("/therapist/qualifications");
        assertEquals("You cannot open this page", browser.text("h1"));
    }
}
