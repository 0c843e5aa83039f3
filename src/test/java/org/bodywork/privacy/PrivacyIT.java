package org.bodywork.privacy;

import static org.bodywork.booking.BookingSetup.PW;
import static org.bodywork.booking.BookingSetup.at;
import static org.bodywork.booking.BookingSetup.id;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.bodywork.booking.BookingSetup;
import org.bodywork.it.Db;
import org.bodywork.it.Deployments;
import org.bodywork.it.Http;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** A client's rights over their data: a copy of all of it. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PrivacyIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.app();
    }

    @ArquillianResource
    URL url;

    private static final String COMPLETE = "{'clientWords':'Tight shoulders','painBefore':6,'healthChanged':false,"
            + "'areas':['NECK'],'techniques':['SWEDISH'],'pressure':'MEDIUM','minutes':55,'response':'Eased well',"
            + "'painAfter':2,'nextSteps':'Two weeks','homeCare':'Neck stretches'}";

    @Test
    void aClientDownloadsEverythingHeldAboutThemAndNothingAboutAnyoneElse() throws IOException {
        Http http = new Http(url);
        BookingSetup setup = new BookingSetup(http);
        String tess = setup.therapist("privacy", "'SWEDISH'");
        long swedish = setup.service("SWEDISH", 60, 0);
        String chris = setup.client("privacy", "{'code':'OSTEOPOROSIS'}");
        String cara = setup.client("privacyother", "");
        setup.intake(chris, "'conditions':[]"); // a second version, so the history has a change
        LocalDate later = LocalDate.now(BookingSetup.LONDON).plusDays(8);
        long past = setup.booked(chris, id(tess), swedish, at(later, "10:00"))
                .getJsonNumber("id")
                .longValue();
        Instant yesterday = Instant.now().minus(Duration.ofDays(1));
        BookingSetup.tookPlace(past, yesterday);
        long note = Http.json(http.postJson("api/v1/appointments/" + past + "/note", "", tess, PW))
                .getJsonNumber("id")
                .longValue();
        assertEquals(
                200,
                http.send("PUT", "api/v1/notes/" + note, COMPLETE.replace('\'', '"'), tess, PW)
                        .statusCode());
        assertEquals(
                200,
                http.postJson("api/v1/notes/" + note + "/sign", "", tess, PW).statusCode());
        long future = setup.booked(chris, id(tess), swedish, at(later, "14:00"))
                .getJsonNumber("id")
                .longValue();
        assertEquals(
                200,
                http.postJson(
                                "api/v1/appointments/" + future + "/reschedule",
                                "{\"start\":\"" + at(later, "15:00") + "\"}",
                                chris,
                                PW)
                        .statusCode());

        long started = System.nanoTime();
        HttpResponse<byte[]> export = http.getBytes("api/v1/me/export", chris, PW);
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        assertEquals(200, export.statusCode(), new String(export.body(), StandardCharsets.UTF_8));
        assertTrue(took.compareTo(Duration.ofMinutes(1)) < 0, "took " + took);
        assertTrue(export.headers().firstValue("Content-Type").orElseThrow().startsWith("application/zip"));
        assertTrue(
                export.headers().firstValue("Content-Disposition").orElseThrow().contains("bodywork-my-data-"));
        Map<String, String> files = unzip(export.body());
        assertEquals(
                java.util.Set.of(
                        "README.txt",
                        "account.json",
                        "health-forms.json",
                        "clearances.json",
                        "appointments.json",
                        "session-notes.json",
                        "audit.json",
                        "session-notes.pdf"),
                files.keySet());
        assertTrue(files.get("account.json").contains(chris), files.get("account.json"));
        assertTrue(files.get("health-forms.json").contains("OSTEOPOROSIS"), "both versions, with the answers");
        assertTrue(files.get("health-forms.json").contains("\"version\": 2"), files.get("health-forms.json"));
        assertTrue(
                files.get("appointments.json").contains("RESCHEDULED")
                        || files.get("appointments.json").contains("MOVED"),
                files.get("appointments.json"));
        assertTrue(files.get("session-notes.json").contains("Tight shoulders"));
        assertTrue(files.get("session-notes.pdf").startsWith("%PDF"));
        assertTrue(files.get("audit.json").contains("subject_access"), "the export itself is in the log it carries");
        for (Map.Entry<String, String> f : files.entrySet()) {
            assertFalse(f.getValue().contains("PBKDF2"), f.getKey() + " holds no password hash");
            assertFalse(f.getValue().contains(cara), f.getKey() + " holds nothing of another client");
        }
        assertEquals(
                "1",
                Db.one(
                        "SELECT COUNT(*) FROM audit_event WHERE actor = ? AND action = 'EXPORT'"
                                + " AND record_type = 'subject_access'",
                        chris));

        Map<String, String> hers =
                unzip(http.getBytes("api/v1/me/export", cara, PW).body());
        assertFalse(hers.values().stream().anyMatch(v -> v.contains(chris) || v.contains("Tight shoulders")));
        assertEquals(403, http.getBytes("api/v1/me/export", tess, PW).statusCode());
        assertEquals(401, http.getBytes("api/v1/me/export").statusCode());
    }

    private static Map<String, String> unzip(byte[] zip) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            ZipEntry e;
            while ((e = in.getNextEntry()) != null) {
                files.put(e.getName(), new String(in.readAllBytes(), StandardCharsets.ISO_8859_1));
            }
        }
        return files;
    }
}
