package org.bodywork.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.net.URI;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import org.bodywork.it.Http;
import org.bodywork.it.Launched;
import org.junit.jupiter.api.Test;

/** A database that cannot be reached: one clear log line and a failing readiness check, no stack traces. */
class WrongDatabaseIT {

    @Test
    void anUnreachableDatabaseGivesOneClearLineAndAFailingReadiness() {
        String port = System.getProperty("bad.port", "8089");
        ProcessBuilder micro = new ProcessBuilder(
                Paths.get(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx384m",
                // A short-lived test server: the C1 compiler alone, as for the shared Payara (arquillian.xml).
                "-XX:TieredStopAtLevel=1",
                "-XX:+UseSerialGC",
                "-jar",
                System.getProperty("payara.microJar", "target/micro/payara-micro.jar"),
                "--nocluster",
                "--port",
                port,
                "--contextroot",
                "/",
                "--deploy",
                System.getProperty("war", "target/bodywork.war"));
        // Port 1 on loopback: nothing listens there.
        micro.environment().put("BODYWORK_DB_URL", "jdbc:mysql://127.0.0.1:1/bodywork");
        micro.environment().put("BODYWORK_DB_USER", "bodywork");
        micro.environment().put("BODYWORK_DB_PASSWORD", "secret");
        Http http = new Http(URI.create("http://localhost:" + port + "/"));
        Path log = Paths.get("target", "wrong-database.log");
        try (Launched app = Launched.start(micro, log, Duration.ofMinutes(3), Launched.logSays(log, " ready in "))) {
            assertEquals(503, http.get("health/ready").statusCode());
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
