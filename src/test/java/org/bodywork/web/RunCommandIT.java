package org.bodywork.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.bodywork.it.Http;
import org.bodywork.it.Launched;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Runs the README's run command, {@code mvn payara-micro:start} after the build's own package, with
 * no database configured, and uses the app it serves: the embedded database with demo data.
 */
class RunCommandIT {

    private static Launched app;
    private static Http http;

    @BeforeAll
    static void start() {
        String port = System.getProperty("run.port", "8080");
        String mvn = Paths.get(System.getProperty("maven.home", "/usr/share/maven"), "bin", "mvn")
                .toString();
        List<String> command = new ArrayList<>(List.of(mvn, "-B", "payara-micro:start", "-Dhttp.port=" + port));
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
    }

    @AfterAll
    static void stop() {
        if (app != null) {
            app.close();
        }
    }

    @Test
    void theHomePageIsServedAtTheRoot() {
        HttpResponse<String> home = http.get("");
        assertEquals(200, home.statusCode());
        assertTrue(home.body().contains("Bodywork"));
    }

    @Test
    void theDemoClientSignsInToTheApi() {
        HttpResponse<String> me = http.get("api/v1/me", "client@example.org", "bodywork-demo-2026");
        assertEquals(200, me.statusCode(), me.body());
        assertEquals("client@example.org", Http.json(me).getString("email"));
        assertEquals("CLIENT", Http.json(me).getJsonArray("roles").getString(0));
    }

    @Test
    void theDemoClientHasSignedNotesWhosePainEases() {
        HttpResponse<String> me = http.get("api/v1/me", "client@example.org", "bodywork-demo-2026");
        long id = Http.json(me).getJsonNumber("id").longValue();
        HttpResponse<String> notes =
                http.get("api/v1/clients/" + id + "/notes", "client@example.org", "bodywork-demo-2026");
        assertEquals(200, notes.statusCode(), notes.body());
        var list = Http.array(notes);
        assertTrue(list.size() >= 2, notes.body());
        int newest = list.getJsonObject(0).getInt("painBefore");
        int oldest = list.getJsonObject(list.size() - 1).getInt("painBefore");
        assertTrue(newest < oldest, "pain eases: " + oldest + " then " + newest);
    }

    @Test
    void theDemoWritesOutgoingMailToTheLogInsteadOfSendingIt() {
        String client = "amy.brown@example.org";
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
        HttpResponse<String> booked = http.postJson(
                "api/v1/appointments",
                "{\"therapistId\":" + offer.getJsonNumber("therapistId") + ",\"serviceId\":" + swedish + ",\"start\":\""
                        + offer.getString("start") + "\"}",
                client,
                "bodywork-demo-2026");
        assertEquals(201, booked.statusCode(), booked.body());
        // The demo's own sender, which runs every 30 seconds: the admin's "send now" in the API would
        // need two-step sign-in, which the demo's admin has not set up.
        String line = "E-mail not sent (no SMTP server is set), to " + client;
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
    void theEmbeddedDatabaseIsReady() {
        HttpResponse<String> ready = http.get("health/ready");
        assertEquals(200, ready.statusCode(), ready.body());
    }

    @Test
    void itSaysWhereToBrowseAndWhoCanSignIn() {
        String output = app.output();
        assertTrue(output.contains("Bodywork demo is starting at http://localhost:"), "no URL in the output");
        assertTrue(output.contains("therapist@example.org") && output.contains("bodywork-demo-2026"));
    }
}
