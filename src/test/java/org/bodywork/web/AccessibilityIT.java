package org.bodywork.web;

import static org.bodywork.booking.BookingSetup.PW;
import static org.bodywork.booking.BookingSetup.at;
import static org.bodywork.booking.BookingSetup.id;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.bodywork.booking.BookingSetup;
import org.bodywork.it.Browser;
import org.bodywork.it.Deployments;
import org.bodywork.it.Http;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

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

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.app();
    }

    @ArquillianResource
    URL url;

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
            Browser browser = new Browser(http.base().toString());
            try {
                if (!who.getKey().isEmpty()) {
                    browser.signIn(
                            who.getKey(),
                            who.getKey().equals(Deployments.ADMIN_EMAIL) ? Deployments.ADMIN_PASSWORD : PW);
                }
                for (String page : who.getValue()) {
                    browser.open(page);
                    found.addAll(check(browser, page));
                    browser.screenshot("a11y" + page.replaceAll("\\?.*", "").replaceAll("[^a-z]+", "-"));
                }
            } finally {
                browser.close();
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

    /** What axe finds on the page as it is now, one line per rule and page, naming a few elements. */
    static List<String> check(Browser browser, String page) {
        Results results = new AxeBuilder().withTags(WCAG).analyze(browser.driver());
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
