package org.bodywork.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.bodywork.it.Http;
import org.bodywork.it.Launched;
import org.junit.jupiter.api.Test;

/**
 * A database that cannot be reached: one clear log line and a failing readiness check, no stack
 * traces; no database at all: the start refuses (issue 23), as a forgotten setting must not leave a
 * server running that serves nothing, or the wrong thing.
 */
class WrongDatabaseIT {

    private static final Path JAVA = Paths.get(System.getProperty("java.home"), "bin", "java");

    /** Payara Micro with the app, and nothing of this build's own BODYWORK_ settings. */
    static ProcessBuilder micro(String port, String... javaOptions) {
        List<String> command = new ArrayList<>(List.of(
                JAVA.toString(),
                "-Xmx384m",
                // A short-lived test server: the C1 compiler alone, as for the shared Payara (arquillian.xml).
                "-XX:TieredStopAtLevel=1",
                "-XX:+UseSerialGC"));
        command.addAll(List.of(javaOptions));
        command.addAll(List.of(
                "-jar",
                System.getProperty("payara.microJar", "target/micro/payara-micro.jar"),
                "--nocluster",
                "--port",
                port,
                "--contextroot",
                "/",
                "--deploy",
                System.getProperty("war", "target/bodywork.war")));
        ProcessBuilder micro = new ProcessBuilder(command);
        micro.environment().keySet().removeIf(name -> name.startsWith("BODYWORK_"));
        return micro;
    }

    /** The start stops by itself with status 78 and the one line that says why, without a stack trace. */
    static String refused(ProcessBuilder micro, String name, String why) {
        Path log = Paths.get("target", name + ".log");
        int status = Launched.exitStatus(micro, log, Duration.ofMinutes(3));
        String output;
        try {
            output = Files.readString(log);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        assertEquals(78, status, output);
        assertTrue(output.contains("Bodywork refuses to start. " + why), output);
        assertFalse(output.lines().anyMatch(l -> l.startsWith("\tat ")), "no stack traces");
        return output;
    }

    @Test
    void noDatabaseConfiguredRefusesToStart() {
        refused(
                micro(System.getProperty("bad.port", "8089")),
                "no-database",
                "No database is configured: set BODYWORK_DB_URL");
    }

    @Test
    void anUnreachableDatabaseGivesOneClearLineAndAFailingReadiness() {
        String port = System.getProperty("bad.port", "8089");
        ProcessBuilder micro = micro(port);
        // Port 1 on loopback: nothing listens there.
        micro.environment().put("BODYWORK_DB_URL", "jdbc:mysql://127.0.0.1:1/bodywork");
        micro.environment().put("BODYWORK_DB_USER", "bodywork");
        micro.environment().put("BODYWORK_DB_PASSWORD", "secret");
        Http http = new Http(URI.create("http://localhost:" + port + "/"));
        Path log = Paths.get("target", "wrong-database.log");
        try (Launched app = Launched.start(micro, log, Duration.ofMinutes(3), Launched.logSays(log, " ready in "))) {
            var ready = http.get("health/ready");
            assertEquals(503, ready.statusCode());
            // Why is in the log, not told to whoever asks (issue 23, L3).
            assertFalse(ready.body().contains("problem") || ready.body().contains("127.0.0.1"), ready.body());
            String output = app.output();
            long lines = output.lines()
                    .filter(l ->
                            l.contains("Bodywork cannot connect to its database jdbc:mysql://127.0.0.1:1/bodywork"))
                    .count();
            assertEquals(1, lines, output);
            assertFalse(output.contains("secret"), "the password must not be logged");
            assertFalse(output.lines().anyMatch(l -> l.startsWith("\tat ")), "no stack traces");
        }
    }
}
