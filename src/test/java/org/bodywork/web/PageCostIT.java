package org.bodywork.web;

import static org.bodywork.it.BookingSetup.ADMIN;
import static org.bodywork.it.BookingSetup.ADMIN_PW;
import static org.bodywork.it.BookingSetup.PW;
import static org.bodywork.it.BookingSetup.id;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.http.HttpResponse;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.bodywork.it.BookingSetup;
import org.bodywork.it.Db;
import org.bodywork.it.Deployments;
import org.bodywork.it.Http;
import org.bodywork.it.Pages;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What the main pages cost, in SQL statements (issue 22): each page is held to the budget written
 * beside it, and a list costs the same however many rows it shows, so a query added to a getter or
 * a row shows here, in CI, without timing anything. The deployment counts the statements of each
 * request ({@code bodywork.sql-count}, shared.SqlCount) and says so in a header.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PageCostIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.app();
    }

    @ArquillianResource
    URL url;

    /**
     * A page, who opens it, and the most statements it may take: what it took on 2026-12-07 after issue 22's
     * second pass (one SELECT for an account and its roles, the caller's account read once a
     * transaction), one of them the sign-in check of every signed-in request. A list that is empty skips its queries, so
     * a budget is the cost with every list filled: the verification page's records ending soon (two
     * queries, two more for their files) depend on the other tests' data. Lower a budget when a page
     * gets cheaper.
     */
    private record Budget(String page, int caller, int statements) {}

    private static final int ANONYMOUS = 0;
    private static final int CLIENT = 1;
    private static final int THERAPIST = 2;
    private static final int ADMIN_ = 3;
    private static final String[] NAMES = {"anonymous", "client", "therapist", "admin"};

    private static final List<Budget> BUDGETS = List.of(
            new Budget("", ANONYMOUS, 0),
            new Budget("therapists/", ANONYMOUS, 7),
            new Budget("login", ANONYMOUS, 0),
            new Budget("register", ANONYMOUS, 0),
            new Budget("client/", CLIENT, 5),
            new Budget("booking/book", CLIENT, 2),
            new Budget("booking/appointments", CLIENT, 6),
            new Budget("intake/form", CLIENT, 5),
            new Budget("intake/result", CLIENT, 6),
            new Budget("therapist/", THERAPIST, 5),
            new Budget("therapist/clients", THERAPIST, 7),
            new Budget("therapist/client?id={client}", THERAPIST, 9),
            new Budget("therapist/diary", THERAPIST, 1),
            new Budget("therapist/hours", THERAPIST, 7),
            new Budget("notes/client?id={client}", THERAPIST, 5),
            new Budget("admin/", ADMIN_, 1),
            new Budget("admin/verification", ADMIN_, 9),
            new Budget("admin/services", ADMIN_, 3),
            new Budget("admin/diary", ADMIN_, 2));

    @Test
    void everyMainPageStaysWithinItsBudgetAndAListCostsTheSameForMoreRows() {
        Http http = new Http(url);
        BookingSetup setup = new BookingSetup(http);
        String tess = setup.therapist("cost", "'SWEDISH'");
        long therapist = id(tess);
        long service = setup.service("SWEDISH", 60, 0);
        LocalDate day = LocalDate.now(BookingSetup.LONDON).plusDays(8);
        while (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
            day = day.plusDays(1);
        }
        List<Instant> slots = setup.slots(therapist, service, day);
        assertTrue(slots.size() >= 24, slots.toString());
        // Every list a page shows holds a row, so no count depends on what other tests left behind.
        Db.update(
                "INSERT INTO therapist_profile (therapist_id, version, created_at, changed_at, public_name,"
                        + " techniques) VALUES (?, 0, NOW(6), NOW(6), 'Tess Cost', 'SWEDISH')",
                therapist);
        Db.update(
                "INSERT INTO register_membership (therapist_id, register, number) VALUES (?, 'CNHC', '1')", therapist);
        pending(http);
        List<String> clients = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            clients.add(booked(setup, "cost" + i, therapist, service, slots.get(4 * i)));
        }
        Pages[] callers = {
            new Pages(http.base()),
            Pages.signedIn(http.base(), clients.get(0), PW),
            Pages.signedIn(http.base(), tess, PW),
            Pages.signedIn(http.base(), ADMIN, ADMIN_PW)
        };
        String client = String.valueOf(id(clients.get(0)));
        List<String> over = new ArrayList<>();
        StringBuilder table = new StringBuilder("| page | caller | statements | budget |\n|---|---|---|---|\n");
        for (Budget b : BUDGETS) {
            HttpResponse<String> r = twice(callers[b.caller()], b.page().replace("{client}", client));
            int n = count(r);
            table.append("| /" + b.page() + " | " + NAMES[b.caller()] + " | " + n + " | " + b.statements() + " |\n");
            if (n > b.statements()) {
                over.add("/" + b.page() + ": " + n + " statements, budget " + b.statements() + ": "
                        + r.headers().firstValue("X-Sql-Statements-Text").orElse(""));
            }
        }
        System.out.println("SQL statements per page:\n" + table);
        assertEquals(List.of(), over, "pages over their budget");

        // Cheaper, not less careful: the health form shows the last form's answers, an audited read.
        String reads =
                "SELECT COUNT(*) FROM audit_event WHERE actor = ? AND action = 'READ' AND record_type = 'intake'";
        int before = Integer.parseInt(Db.one(reads, clients.get(0)));
        assertEquals(200, callers[CLIENT].get("intake/form").statusCode());
        assertEquals(before + 1, Integer.parseInt(Db.one(reads, clients.get(0))), "the form's read is audited");

        int list = statements(callers[THERAPIST], "therapist/clients");
        String week = "api/v1/appointments?from=" + day + "&to=" + day.plusDays(6);
        int diary = apiStatements(http, week, tess);
        for (int i = 3; i < 6; i++) {
            booked(setup, "cost" + i, therapist, service, slots.get(4 * i));
        }
        assertEquals(list, statements(callers[THERAPIST], "therapist/clients"), "3 clients and 6 alike");
        assertEquals(diary, apiStatements(http, week, tess), "a diary week of 3 appointments and of 6");
    }

    /**
     * A visitor who only looks (the home page, the directory) gets no HTTP session, which would
     * otherwise be held, and in a cluster copied, for every passer-by and crawler.
     */
    @Test
    void lookingWithoutSigningInMakesNoSession() {
        Http http = new Http(url);
        List<String> withSession = new ArrayList<>();
        for (String page : List.of("", "therapists/", "therapists/?technique=SWEDISH", "no-such-page")) {
            HttpResponse<String> r = new Pages(http.base()).get(page);
            assertEquals(page.startsWith("no-such") ? 404 : 200, r.statusCode(), page);
            if (r.headers().allValues("Set-Cookie").stream().anyMatch(c -> c.startsWith("JSESSIONID"))) {
                withSession.add("/" + page);
            }
        }
        assertEquals(List.of(), withSession, "pages that made a session for an anonymous visitor");
    }

    /** What the diary's week of events costs: the page draws it from this answer's service. */
    private static int apiStatements(Http http, String path, String who) {
        http.get(path, who, PW);
        HttpResponse<String> r = http.get(path, who, PW);
        assertEquals(200, r.statusCode(), path + ": " + r.body());
        int n = Integer.parseInt(r.headers().firstValue("X-Sql-Statements").orElseThrow());
        System.out.println("/" + path + ": " + n + " statements");
        return n;
    }

    /** A therapist's qualification and insurance awaiting an admin, for the verification queue. */
    private static void pending(Http http) {
        String jo = http.registerTherapist("costpending");
        assertEquals(
                201,
                http.postJson(
                                "api/v1/therapists/me/qualifications",
                                "{\"title\":\"Diploma\",\"awardingBody\":\"ITEC\",\"level\":\"Level 3\","
                                        + "\"awardedOn\":\"2020-06-01\",\"techniques\":[\"SWEDISH\"]}",
                                jo,
                                PW)
                        .statusCode());
        assertEquals(
                201,
                http.postJson(
                                "api/v1/therapists/me/insurance",
                                "{\"insurer\":\"Balens\",\"policyNumber\":\"B-1\",\"coverPounds\":6000000,"
                                        + "\"validFrom\":\"2026-01-01\",\"validTo\":\"2099-01-01\"}",
                                jo,
                                PW)
                        .statusCode());
    }

    private static String booked(BookingSetup setup, String who, long therapist, long service, Instant at) {
        String client = setup.client(who, "");
        setup.booked(client, therapist, service, at);
        return client;
    }

    /** The page's statements, the second time it is asked for (the first may fill a cache). */
    private static int statements(Pages caller, String page) {
        return count(twice(caller, page));
    }

    private static HttpResponse<String> twice(Pages caller, String page) {
        caller.get(page);
        HttpResponse<String> r = caller.get(page);
        assertEquals(200, r.statusCode(), page + ": " + r.body());
        return r;
    }

    private static int count(HttpResponse<String> r) {
        return Integer.parseInt(r.headers()
                .firstValue("X-Sql-Statements")
                .orElseThrow(() -> new AssertionError(r.uri() + " says nothing of its statements")));
    }
}
