package org.bodywork.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
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

/** The health form and its result page in headless Chromium, on Payara Micro and MariaDB. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class IntakePagesIT {

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
    private String email;

    @BeforeEach
    void signIn() {
        http = new Http(url);
        browser = chromium.open(http.base().toString());
        email = http.registerClient("form");
        browser.signedIn(email, Deployments.PASSWORD);
    }

    private void aboutYou(String dob) {
        browser.type("#intake\\:dob", dob);
        browser.type("#intake\\:emergencyName", "Jo Fern");
        browser.type("#intake\\:emergencyPhone", "01632 960000");
        next();
    }

    private void next() {
        browser.submit("#intake\\:next");
    }

    private void tick(String id) {
        browser.find("#intake\\:" + id.replace(":", "\\:") + " .ui-chkbox-box").click();
    }

    private void noBackPain() {
        browser.clickAndAwaitAjax("label[for='intake:backPain:1']");
        next();
    }

    private String step() {
        return browser.text("#progress");
    }

    @Test
    void aClientFillsTheFormStepByStepAndIsToldMassageIsSafe() {
        browser.open("/intake/form");
        aboutYou("1/6/1980");
        assertTrue(step().contains("Your GP"), step());
        browser.type("#intake\\:gpName", "Dr Lee");
        next();
        noBackPain();
        assertTrue(step().contains("Health conditions"));
        next();
        browser.type("#intake\\:goals", "Less tension in my shoulders");
        next();
        tick("consentTreatment");
        tick("consentHealthData");
        browser.submit("#intake\\:send");
        assertEquals("/intake/result", browser.path());
        assertEquals("Yes: massage is safe for you.", browser.text("#headline"));
        browser.screenshot("intake-result-clear");
    }

    @Test
    void aConditionWithDetailsIsScreenedAndExplained() {
        browser.open("/intake/form");
        aboutYou("1/6/1980");
        next();
        noBackPain();
        browser.clickAndAwaitAjax("#intake\\:conditions\\:7\\:selected .ui-chkbox-box"); // RECENT_SURGERY
        browser.screenshot("intake-conditions");
        next();
        assertTrue(browser.text(".ui-message-error").contains("Choose where on your body"));
        browser.selectMenu("intake:conditions:7:area", "ABDOMEN");
        browser.type(
                "#intake\\:conditions\\:7\\:since",
                LocalDate.now().minusDays(10).format(DMY));
        next();
        next();
        tick("consentTreatment");
        tick("consentHealthData");
        browser.submit("#intake\\:send");
        assertEquals("Not yet: please wait before booking.", browser.text("#headline"));
        assertTrue(browser.text("#reasons").contains("You can book from"));
    }

    @Test
    void theFormSaysWhatIsMissingOrWrong() {
        browser.open("/intake/form");
        next();
        assertTrue(browser.text("body").contains("Enter your date of birth."));
        assertTrue(step().contains("About you"));
        browser.type("#intake\\:dob", "31/2/1980");
        next();
        assertTrue(browser.text("body").contains("Enter the date as day/month/year"));
        browser.screenshot("intake-validation");
    }

    @Test
    void aHalfFilledFormIsSavedAndResumed() {
        browser.open("/intake/form");
        aboutYou("1/6/1980");
        browser.type("#intake\\:gpName", "Dr Resume");
        next();
        browser.open("/client/");
        browser.open("/intake/form");
        assertTrue(step().contains("Back pain"), step());
        assertTrue(browser.text(".resumed").contains("carry on"));
        browser.submit("#intake\\:back");
        assertEquals("Dr Resume", browser.find("#intake\\:gpName").getAttribute("value"));
        assertEquals(
                "0",
                Db.one(
                        "SELECT COUNT(*) FROM intake_version v JOIN account a ON a.id = v.client_id WHERE a.email = ?",
                        email));
    }

    @Test
    void aClientUnder16NeedsTheirGuardiansConsent() {
        browser.open("/intake/form");
        aboutYou(LocalDate.now().minusYears(12).format(DMY));
        next();
        noBackPain();
        next();
        next();
        tick("consentTreatment");
        tick("consentHealthData");
        browser.submit("#intake\\:send");
        assertTrue(browser.text("body").contains("need a parent or guardian"));
        browser.type("#intake\\:guardianName", "Pat Fern");
        tick("guardianConsent");
        browser.submit("#intake\\:send");
        assertEquals("/intake/result", browser.path());
    }

    @Test
    void theResultSaysEachOutcomeInPlainWordsWithTheMostUrgentFirst() {
        String[][] cases = {
            {"'conditions':[{'code':'OSTEOPOROSIS'}]", "Yes, with some changes"},
            {"'conditions':[{'code':'FEVER'}]", "Not yet: please wait before booking."},
            {"'conditions':[{'code':'DVT'}]", "Please see your GP before booking."},
            {
                "'backPain':{'startedOn':'" + LocalDate.now().minusDays(3) + "','diagnosed':false,"
                        + "'redFlags':['SADDLE_NUMBNESS']},'conditions':[{'code':'FEVER'}]",
                "Please get medical help now."
            },
        };
        for (String[] c : cases) {
            http.send(
                    "PUT",
                    "api/v1/clients/me/intake",
                    ("{'dateOfBirth':'1980-06-01'," + c[0] + ",'consent':{'treatment':true,'healthData':true}}")
                            .replace('\'', '"'),
                    email,
                    Deployments.PASSWORD);
            browser.open("/intake/result");
            assertTrue(browser.text("#headline").startsWith(c[1]), browser.text("#headline"));
        }
        assertTrue(browser.text("#advice li:first-child").contains("Call 999 or go to A&E"));
        browser.screenshot("intake-result-urgent");
    }

    @Test
    void theResultPageInvitesAClientWithoutAFormToFillItIn() {
        browser.open("/intake/result");
        assertTrue(browser.text("main").contains("You have not sent your health form yet."));
    }
}
