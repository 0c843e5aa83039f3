package org.bodywork.web;

import static org.bodywork.it.BookingSetup.PW;
import static org.bodywork.it.BookingSetup.at;
import static org.bodywork.it.BookingSetup.id;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.deque.html.axecore.args.AxeRunOnlyOptions;
import com.deque.html.axecore.args.AxeRunOptions;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.bodywork.it.BookingSetup;
import org.bodywork.it.Browser;
import org.bodywork.it.ClassBrowser;
import org.bodywork.it.Db;
import org.bodywork.it.Deployments;
import org.bodywork.it.Http;
import org.bodywork.it.Keyboard;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;

/**
 * Every page, as the role that can see it, checked by axe-core against the WCAG 2.0, 2.1 and 2.2
 * A and AA rules in headless Chromium. A page without an entry here fails the build, as in the
 * authorization matrix. What axe cannot see is in docs/ACCESSIBILITY.md.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AccessibilityIT {

    static final List<String> WCAG = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa");

    /**
     * Failures known and not fixed yet, by rule and page, each with why; listed in
     * docs/ACCESSIBILITY.md too. Anything else fails the build, and so does an entry that no longer
     * occurs, so the list only shrinks.
     */
    static final Map<String, String> KNOWN = Map.of();

    private static final String COMPLETE = "{'clientWords':'Tight shoulders','painBefore':6,'healthChanged':false,"
            + "'areas':['NECK'],'techniques':['SWEDISH'],'pressure':'LIGHT','minutes':55,'response':'Eased',"
            + "'painAfter':2,'nextSteps':'Two weeks','homeCare':'Stretches'}";

    /** Not pages a person reads: files, and the code page, which needs a half-finished sign-in. */
    private static final Set<String> NOT_PAGES = Set.of("/client/export", "/login-code");

    @Deployment
    static WebArchive deployment() {
        return Deployments.app();
    }

    @ArquillianResource
    URL url;

    @RegisterExtension
    static final ClassBrowser chromium = new ClassBrowser();

    private static Browser browser(Http http) {
        return chromium.open(http.base().toString());
    }

    @Test
    void everyPagePassesTheWcagRulesAxeChecks() {
        Http http = new Http(url);
        BookingSetup setup = new BookingSetup(http);
        String tess = setup.therapist("axe", "'SWEDISH'");
        long swedish = setup.service("SWEDISH", 60, 0);
        String chris = setup.client("axe", "{'code':'OSTEOPOROSIS'}");
        long past = setup.booked(
                        chris,
                        id(tess),
                        swedish,
                        at(LocalDate.now(BookingSetup.LONDON).plusDays(6), "10:00"))
                .getJsonNumber("id")
                .longValue();
        BookingSetup.tookPlace(past, Instant.now().minus(Duration.ofDays(2)));
        long signed = setup.note(tess, past, COMPLETE);
        long draftAppointment = setup.booked(
                        chris,
                        id(tess),
                        swedish,
                        at(LocalDate.now(BookingSetup.LONDON).plusDays(6), "12:00"))
                .getJsonNumber("id")
                .longValue();
        BookingSetup.tookPlace(draftAppointment, Instant.now().minus(Duration.ofDays(3)));
        long draft = setup.note(tess, draftAppointment, null);
        long client = id(chris);

        Map<String, List<String>> pages = Map.of(
                "",
                List.of(
                        "/",
                        "/login",
                        "/register",
                        "/confirm?token=not-a-token",
                        "/therapists/",
                        "/error/403",
                        "/error/404",
                        "/error/500",
                        "/error/expired"),
                chris,
                List.of(
                        "/client/",
                        "/client/access",
                        "/client/erasure",
                        "/intake/form",
                        "/intake/result",
                        "/booking/book",
                        "/booking/appointments",
                        "/notes/client?id=" + client,
                        "/notes/view?id=" + signed,
                        "/account/security",
                        "/account/details"),
                tess,
                List.of(
                        "/therapist/",
                        "/therapist/diary",
                        "/therapist/hours",
                        "/therapist/clients",
                        "/therapist/qualifications",
                        "/therapist/profile",
                        "/therapist/client?id=" + client,
                        "/therapist/clearance?id=" + client,
                        "/notes/edit?id=" + draft),
                Deployments.ADMIN_EMAIL,
                List.of(
                        "/admin/",
                        "/admin/accounts",
                        "/admin/assignments",
                        "/admin/audit",
                        "/admin/diary",
                        "/admin/outbox",
                        "/admin/screening-rules",
                        "/admin/services",
                        "/admin/verification",
                        "/admin/erasures"));

        List<String> found = new ArrayList<>();
        for (Map.Entry<String, List<String>> who : pages.entrySet()) {
            Browser browser = browser(http);
            try {
                if (!who.getKey().isEmpty()) {
                    browser.signedIn(
                            who.getKey(),
                            who.getKey().equals(Deployments.ADMIN_EMAIL) ? Deployments.ADMIN_PASSWORD : PW);
                }
                for (String page : who.getValue()) {
                    browser.open(page);
                    found.addAll(check(browser, page));
                    found.addAll(wordless(browser, page));
                    browser.screenshot("a11y" + page.replaceAll("\\?.*", "").replaceAll("[^a-z]+", "-"));
                }
            } finally {
                browser.endTest();
            }
        }
        Set<String> seen = new TreeSet<>();
        List<String> failures = new ArrayList<>();
        for (String line : found) {
            String key = line.replaceFirst("^([^?:]*)[^:]*: ([a-z0-9-]+) .*", "$2 $1");
            if (KNOWN.containsKey(key)) {
                seen.add(key);
            } else {
                failures.add(line);
            }
        }
        assertTrue(failures.isEmpty(), failures.size() + " WCAG failures:\n" + String.join("\n", failures));
        Set<String> fixed = new TreeSet<>(KNOWN.keySet());
        fixed.removeAll(seen);
        assertEquals(Set.of(), fixed, "known failures that no longer occur: take them off the list");

        Set<String> covered = pages.values().stream()
                .flatMap(List::stream)
                .map(p -> p.replaceFirst("\\?.*", ""))
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> missing = AuthorizationMatrixIT.webappPages();
        missing.removeAll(covered);
        missing.removeAll(NOT_PAGES);
        assertEquals(Set.of(), missing, "pages the accessibility check does not visit");
    }

    /**
     * The health form from the first step to the result with the keyboard alone, and axe after each
     * step, each ajax change (back pain details, a condition's details) and each validation error.
     */
    @Test
    void theHealthFormIsFilledAndSentByKeyboardAloneAndPassesAxeInEveryState() {
        Http http = new Http(url);
        String email = http.registerClient("keys");
        inBrowser(http, (browser, found) -> {
            browser.signedIn(email, PW);
            browser.open("/intake/form");
            Keyboard keys = new Keyboard(browser);
            keys.tab();
            assertEquals("#main", browser.find(".skip").getAttribute("href").replaceFirst(".*#", "#"));
            keys.expect(keys.on(".skip"), "the first Tab reaches the skip link");
            keys.press(Keys.ENTER).tab();
            keys.expect(keys.on("main *"), "after the skip link, Tab goes on in the page's content");

            keys.tabTo("#intake\\:next", 20).enterAndLoad();
            assertError(browser, "intake:dob", "Enter your date of birth");
            found.addAll(check(browser, "/intake/form (an error)"));
            keys.here().type("1/6/1980");
            keys.tabTo("#intake\\:emergencyName", 10).type("Jo Fern");
            keys.tabTo("#intake\\:emergencyPhone", 5).type("01632 960000");
            keys.tabTo("#intake\\:next", 5).enterAndLoad();

            found.addAll(check(browser, "/intake/form (GP)"));
            keys.tabTo("#intake\\:gpName", 20).type("Dr Lee");
            keys.tabTo("#intake\\:next", 10).enterAndLoad();

            found.addAll(check(browser, "/intake/form (back)"));
            keys.tabTo("#intake\\:backPain", 20).press(" ").here();
            assertTrue(browser.find("#intake\\:backAreas").isDisplayed());
            found.addAll(check(browser, "/intake/form (back pain details)"));
            keys.tab();
            keys.expect(keys.on("#intake\\:backAreas"), "Tab goes on into the questions the answer opened");
            keys.back().press(Keys.ARROW_DOWN).here().reset();
            browser.awaitHidden("#intake\\:backAreas");
            keys.tabTo("#intake\\:next", 10).enterAndLoad();

            found.addAll(check(browser, "/intake/form (conditions)"));
            keys.tabTo("#intake\\:conditions\\:7\\:selected", 40).press(" ").here(); // recent surgery
            found.addAll(check(browser, "/intake/form (a condition's details)"));
            keys.tabTo("#intake\\:next", 40).enterAndLoad();
            assertError(browser, "intake:conditions:7:area_label", "Choose where on your body");
            found.addAll(check(browser, "/intake/form (an error in a condition)"));
            keys.here().press(Keys.ARROW_DOWN);
            keys.tabTo("#intake\\:conditions\\:7\\:since", 5)
                    .type(LocalDate.now()
                            .minusDays(10)
                            .format(java.time.format.DateTimeFormatter.ofPattern("d/M/yyyy")));
            keys.tabTo("#intake\\:next", 40).enterAndLoad();

            found.addAll(check(browser, "/intake/form (medication)"));
            keys.tabTo("#intake\\:goals", 20).type("Less tension");
            keys.tabTo("#intake\\:next", 10).enterAndLoad();

            found.addAll(check(browser, "/intake/form (consent)"));
            keys.tabTo("#intake\\:consentTreatment", 20).press(" ");
            keys.tabTo("#intake\\:consentHealthData", 5).press(" ");
            keys.tabTo("#intake\\:send", 10).enterAndLoad();
            assertEquals("/intake/result", browser.path());
            found.addAll(check(browser, "/intake/result (after sending)"));
            found.addAll(keys.problems());
            found.addAll(browser.scriptErrors());
        });
    }

    /**
     * A client books by keyboard: weeks back and forth, a time, the confirmation, with axe after each
     * ajax update; focus stays on the week buttons and moves to the confirmation once a time is chosen.
     */
    @Test
    void aClientBooksByKeyboardAlone() {
        Http http = new Http(url);
        BookingSetup setup = new BookingSetup(http);
        String tess = setup.therapist("keybook", "'SWEDISH'");
        LocalDate day = LocalDate.now(BookingSetup.LONDON).plusDays(2);
        // One morning a week, so the times before it are few.
        HttpResponse<String> hours = http.send(
                "PUT",
                "api/v1/therapists/me/hours",
                "[{\"day\":\"" + day.getDayOfWeek() + "\",\"start\":\"10:00\",\"end\":\"12:00\"}]",
                tess,
                PW);
        assertEquals(200, hours.statusCode(), hours.body());
        long swedish = setup.service("SWEDISH", 60, 0);
        String chris = setup.client("keybook", "");
        inBrowser(http, (browser, found) -> {
            browser.signedIn(chris, PW);
            browser.open("/booking/book?service=" + swedish + "&therapist=" + id(tess));
            found.addAll(check(browser, "/booking/book (a week)"));
            Keyboard keys = new Keyboard(browser);
            keys.tabTo("#book\\:next", 40).press(Keys.ENTER);
            keys.awaitOn("#book\\:next", "focus stays on the week button the page redrew")
                    .here();
            found.addAll(check(browser, "/booking/book (next week)"));
            keys.back().press(Keys.ENTER);
            // Back in the first week "previous" is off: focus goes on to "next".
            keys.awaitOn("#book\\:next", "focus on the week button still on")
                    .here()
                    .reset();
            String time =
                    browser.find("button[title='" + at(day, "10:00") + "']").getAttribute("id");
            keys.tabTo("#" + time.replace(":", "\\:"), 20).press(Keys.ENTER);
            keys.awaitOn("#book\\:confirmButton", "focus on the confirmation once a time is chosen")
                    .here();
            found.addAll(check(browser, "/booking/book (a time chosen)"));
            keys.enterAndLoad();
            assertEquals("/booking/appointments", browser.path());
            found.addAll(check(browser, "/booking/appointments (booked)"));
            found.addAll(keys.problems());
            found.addAll(browser.scriptErrors());
        });
    }

    /**
     * A therapist writes and signs a note by keyboard (an error first, then every field), and opens an
     * appointment in the diary by keyboard: focus goes into the dialog, stays there, and Escape closes
     * it, with focus back where it was. Axe runs in each state.
     */
    @Test
    void aTherapistWritesANoteAndUsesTheDiaryByKeyboardAlone() {
        Http http = new Http(url);
        BookingSetup setup = new BookingSetup(http);
        String tess = setup.therapist("keynote", "'SWEDISH'");
        long swedish = setup.service("SWEDISH", 60, 0);
        String chris = setup.client("keynote", "");
        LocalDate day = LocalDate.now(BookingSetup.LONDON).plusDays(8);
        long past = setup.booked(chris, id(tess), swedish, at(day, "09:00"))
                .getJsonNumber("id")
                .longValue();
        BookingSetup.tookPlace(past, Instant.now().minus(Duration.ofDays(1)));
        long draft = setup.note(tess, past, null);
        setup.booked(chris, id(tess), swedish, at(day, "14:00"));
        inBrowser(http, (browser, found) -> {
            browser.signedIn(tess, PW);
            browser.open("/notes/edit?id=" + draft);
            Keyboard keys = new Keyboard(browser);
            keys.tabTo("#note\\:sign", 80).enterAndLoad();
            assertTrue(browser.text("#messages").contains("Before signing"), browser.text("#messages"));
            keys.expect(keys.on("#messages"), "focus goes to the error, not the top of the page");
            found.addAll(check(browser, "/notes/edit (an error)"));
            keys.here().reset();
            keys.tabTo("#note\\:clientWords", 40).type("Stiff neck");
            keys.tabTo("#note\\:painBefore", 5).press(Keys.ARROW_DOWN);
            keys.tabTo("#note\\:healthChanged", 5).press(" ");
            keys.tabTo("#note\\:areas", 20).press(" ");
            keys.expect(checked(browser), "Space ticks the areas box");
            // The service booked (Swedish) is ticked already.
            keys.tabTo("#note\\:techniques", 60).expect(checked(browser), "the service's technique ticked");
            keys.tabTo("#note\\:pressure", 30).press(" ");
            keys.tabTo("#note\\:minutes", 10).type("55");
            keys.tabTo("#note\\:response", 10).type("Eased");
            keys.tabTo("#note\\:painAfter", 5).press(Keys.ARROW_DOWN);
            keys.tabTo("#note\\:nextSteps", 5).type("Two weeks");
            browser.screenshot("keys-note-filled");
            keys.tabTo("#note\\:sign", 20).enterAndLoad();
            keys.expect(browser.path().startsWith("/notes/view"), "signed: " + browser.text("#messages"));

            browser.open("/therapist/diary?date=" + day);
            keys.reset().tabTo(".fc-event", 40).press(Keys.ENTER);
            browser.find("#diary\\:details");
            // PrimeFaces moves focus into the dialog a moment after showing it.
            keys.awaitOn("[role=dialog] *", "focus goes into the dialog it opened")
                    .here();
            found.addAll(check(browser, "/therapist/diary (an appointment open)"));
            for (int i = 0; i < 15; i++) {
                keys.tab();
                keys.expect(keys.on("[role=dialog] *"), "Tab stays in the open dialog, at " + keys.focused());
            }
            keys.press(Keys.ESCAPE);
            browser.awaitHidden("#diary\\:details");
            // PrimeFaces gives focus back a moment after the dialog closes.
            keys.awaitOn(".fc-event", "after Escape, focus back on the appointment");
            keys.reset().here();
            found.addAll(keys.problems());
            found.addAll(browser.scriptErrors());
        });
    }

    /** The registration page marks every wrong field at once, each with its own message (issue 21). */
    @Test
    void registeringMarksEveryWrongFieldAtOnce() {
        Http http = new Http(url);
        Browser browser = browser(http);
        try {
            browser.open("/register");
            browser.find("label[for='register:role:0']").click();
            browser.type("#register\\:name", " ");
            browser.type("#register\\:email", "nope");
            browser.type("#register\\:password", "tiny");
            // The browser's own check of type="email" would stop "nope" before the server sees it.
            ((JavascriptExecutor) browser.driver())
                    .executeScript("document.getElementById('register').noValidate = true;");
            browser.submit("#register\\:submit");
            String page = browser.text("main");
            assertTrue(page.contains("Enter your name."), page);
            assertTrue(page.contains("Enter an e-mail address like name@example.org."), page);
            assertTrue(page.contains("at least 12 characters"), page);
            assertEquals("0", Db.one("SELECT COUNT(*) FROM account WHERE email = 'nope'"));
        } finally {
            browser.endTest();
        }
    }

    /**
     * Sign-in takes a pasted password, and its fields say what they are, so a password manager fills
     * them and offers to save a new one (WCAG 3.3.8: no test of memory or transcription).
     */
    @Test
    void signingInTakesPastedAndSavedPasswords() {
        Http http = new Http(url);
        String email = http.registerClient("paste");
        Browser browser = browser(http);
        try {
            browser.open("/register");
            assertEquals("username", browser.find("#register\\:email").getAttribute("autocomplete"));
            assertEquals("new-password", browser.find("#register\\:password").getAttribute("autocomplete"));
            browser.open("/login");
            org.openqa.selenium.WebElement user = browser.find("#signin\\:email");
            org.openqa.selenium.WebElement password = browser.find("#signin\\:password");
            assertEquals("username", user.getAttribute("autocomplete"));
            assertEquals("email", user.getAttribute("type"));
            assertEquals("current-password", password.getAttribute("autocomplete"));
            assertEquals("password", password.getAttribute("type"));
            assertTrue(
                    password.findElement(org.openqa.selenium.By.xpath("ancestor::form"))
                                            .getAttribute("autocomplete")
                                    == null
                            || !"off"
                                    .equals(password.findElement(org.openqa.selenium.By.xpath("ancestor::form"))
                                            .getAttribute("autocomplete")),
                    "the form does not turn saved passwords off");
            browser.type("#signin\\:email", email);
            for (org.openqa.selenium.WebElement field : List.of(user, password)) {
                Object refused = ((JavascriptExecutor) browser.driver())
                        .executeScript(
                                "var e = new ClipboardEvent('paste', {bubbles: true, cancelable: true,"
                                        + " clipboardData: new DataTransfer()});"
                                        + " arguments[0].dispatchEvent(e); return e.defaultPrevented;",
                                field);
                assertEquals(Boolean.FALSE, refused, "the page lets a person paste into " + field.getAttribute("id"));
            }
            password.click();
            // What a paste does: text inserted as one edit, not typed key by key.
            ((org.openqa.selenium.chrome.ChromeDriver) browser.driver())
                    .executeCdpCommand("Input.insertText", Map.of("text", PW));
            browser.submit("#signin\\:submit");
            assertEquals("/client/", browser.path());
        } finally {
            browser.endTest();
        }
    }

    /**
     * On a 360 px phone the health form (every step, with the questions answers open) and booking need
     * no sideways scrolling; screenshots of each are in target/screenshots/phone-*.
     */
    @Test
    void onAPhoneTheHealthFormAndBookingFitTheScreen() {
        Http http = new Http(url);
        BookingSetup setup = new BookingSetup(http);
        String tess = setup.therapist("phone", "'SWEDISH'");
        long swedish = setup.service("SWEDISH", 60, 0);
        String chris = http.registerClient("phone");
        inBrowser(http, (browser, found) -> {
            browser.signedIn(chris, PW);
            browser.open("/intake/form");
            browser.phone();
            phonePage(browser, "phone-intake-1-about", found);
            browser.type("#intake\\:dob", "1/6/1980");
            browser.type("#intake\\:emergencyName", "Jo Fern");
            browser.type("#intake\\:emergencyPhone", "01632 960000");
            browser.submit("#intake\\:next");
            phonePage(browser, "phone-intake-2-gp", found);
            browser.submit("#intake\\:next");
            browser.clickAndAwaitAjax("label[for='intake:backPain:0']");
            phonePage(browser, "phone-intake-3-back", found);
            browser.clickAndAwaitAjax("label[for='intake:backPain:1']");
            browser.submit("#intake\\:next");
            browser.clickAndAwaitAjax("#intake\\:conditions\\:7\\:selected .ui-chkbox-box");
            phonePage(browser, "phone-intake-4-conditions", found);
            browser.clickAndAwaitAjax("#intake\\:conditions\\:7\\:selected .ui-chkbox-box");
            browser.submit("#intake\\:next");
            phonePage(browser, "phone-intake-5-medication", found);
            browser.submit("#intake\\:next");
            phonePage(browser, "phone-intake-6-consent", found);
            browser.find("#intake\\:consentTreatment .ui-chkbox-box").click();
            browser.find("#intake\\:consentHealthData .ui-chkbox-box").click();
            browser.submit("#intake\\:send");
            assertEquals("/intake/result", browser.path());
            phonePage(browser, "phone-intake-7-result", found);

            browser.open("/booking/book?service=" + swedish + "&therapist=" + id(tess));
            phonePage(browser, "phone-book-1-week", found);
            browser.clickAndAwaitAjax(
                    "button[title='" + at(LocalDate.now(BookingSetup.LONDON).plusDays(2), "10:00") + "']");
            phonePage(browser, "phone-book-2-chosen", found);
            browser.submit("#book\\:confirmButton");
            assertEquals("/booking/appointments", browser.path());
            phonePage(browser, "phone-book-3-booked", found);
        });
    }

    private static boolean checked(Browser browser) {
        return Boolean.TRUE.equals(
                ((JavascriptExecutor) browser.driver()).executeScript("return document.activeElement.checked;"));
    }

    /** Runs the steps in the class's browser, ends the test there, and fails with every problem they found. */
    private static void inBrowser(Http http, java.util.function.BiConsumer<Browser, List<String>> steps) {
        Browser browser = browser(http);
        List<String> found = new ArrayList<>();
        try {
            steps.accept(browser, found);
        } finally {
            browser.endTest();
        }
        assertTrue(found.isEmpty(), String.join("\n", found));
    }

    private static void phonePage(Browser browser, String name, List<String> found) {
        browser.screenshotPage(name);
        browser.sideways().forEach(line -> found.add(name + ": " + line));
        found.addAll(check(browser, name));
    }

    /**
     * After a full-page submit with an error, focus is on the field in error, which is marked invalid
     * and described by its message, and the message is in a live region.
     */
    private static void assertError(Browser browser, String field, String words) {
        JavascriptExecutor js = (JavascriptExecutor) browser.driver();
        assertEquals(
                field,
                js.executeScript("return document.activeElement.id;"),
                () -> "focus is on the field in error, in "
                        + js.executeScript("var f = document.activeElement.closest('.condition');"
                                + " return f ? f.outerHTML : 'no field';"));
        assertEquals("true", js.executeScript("return document.activeElement.getAttribute('aria-invalid');"));
        String described = (String)
                js.executeScript("var ids = (document.activeElement.getAttribute('aria-describedby') || '').split(' ');"
                        + " return ids.map(function (i) { var e = document.getElementById(i);"
                        + " return e ? e.textContent : ''; }).join(' | ');");
        assertTrue(described.contains(words), "the field is described by its error: " + described);
        assertEquals(
                Boolean.TRUE,
                js.executeScript("var ids = document.activeElement.getAttribute('aria-describedby').split(' ');"
                        + " return ids.some(function (i) { var e = document.getElementById(i);"
                        + " return e && !!e.closest('[role=alert], [aria-live]'); });"),
                "the error is in a live region, so a screen reader says it");
    }

    /**
     * A screening badge or outcome box whose colour says something its words do not (WCAG 1.4.1):
     * every one must carry text.
     */
    @SuppressWarnings("unchecked")
    static List<String> wordless(Browser browser, String page) {
        List<String> empty = (List<String>) ((JavascriptExecutor) browser.driver())
                .executeScript(
                        "return Array.prototype.slice.call(document.querySelectorAll('.badge, [class*=\\\"outcome-\\\"]'))"
                                + ".filter(function (e) { return e.textContent.trim() === ''; })"
                                + ".map(function (e) { return e.className; });");
        return empty.stream()
                .map(c -> page + ": colour-only (serious) a badge or outcome without words - " + c)
                .toList();
    }

    /** What axe finds on the page as it is now, one line per rule and page, naming a few elements. */
    /**
     * The WCAG rules, with full details of violations only, in the page alone (no page has a frame),
     * and in axe's "legacy" mode, which runs axe.run in the page: the default mode opens a blank
     * window for every check to merge the frames' results, which more than doubled axe's time (63
     * checks 48 s, 22 s in this mode). Should the mode go (axe-core-selenium 5), inject axe and call
     * axe.run directly.
     */
    private static final AxeBuilder AXE = axe();

    private static AxeBuilder axe() {
        AxeRunOnlyOptions only = new AxeRunOnlyOptions();
        only.setType("tag");
        only.setValues(WCAG);
        AxeRunOptions options = new AxeRunOptions();
        options.setRunOnly(only);
        options.setResultTypes(List.of("violations"));
        return new AxeBuilder().withOptions(options).disableIframeTesting().setLegacyMode(true);
    }

    static List<String> check(Browser browser, String page) {
        Results results = AXE.analyze(browser.driver());
        // An axe that failed to run answers no violations: say so instead of passing.
        assertTrue(
                !results.isErrored() && !results.getPasses().isEmpty(),
                page + ": axe did not run, " + results.getErrorMessage());
        List<String> lines = new ArrayList<>();
        for (Rule rule : results.getViolations()) {
            String where = rule.getNodes().stream()
                    .limit(3)
                    .map(n -> String.valueOf(n.getTarget()))
                    .collect(Collectors.joining(", "));
            lines.add(page + ": " + rule.getId() + " (" + rule.getImpact() + ") " + rule.getHelp() + " - "
                    + rule.getNodes().size() + " x, e.g. " + where);
        }
        return lines;
    }
}
