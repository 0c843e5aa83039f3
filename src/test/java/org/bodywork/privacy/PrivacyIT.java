package org.bodywork.privacy;

import static org.bodywork.it.BookingSetup.ADMIN;
import static org.bodywork.it.BookingSetup.ADMIN_PW;
import static org.bodywork.it.BookingSetup.PW;
import static org.bodywork.it.BookingSetup.at;
import static org.bodywork.it.BookingSetup.id;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.bodywork.it.BookingSetup;
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

/** A client's rights over their data: a copy of all of it, and erasure. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PrivacyIT {

    @Deployment
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
        long note = setup.note(tess, past, COMPLETE);
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

    @Test
    void aClientNeverTreatedIsClosedAtOnceAndErasedCompletelyWhenCarriedOut() {
        Http http = new Http(url);
        BookingSetup setup = new BookingSetup(http);
        String tess = setup.therapist("erasure", "'SWEDISH'");
        long swedish = setup.service("SWEDISH", 60, 0);
        String eve = setup.client("erasure", "");
        long eveId = id(eve);
        LocalDate later = LocalDate.now(BookingSetup.LONDON).plusDays(9);
        long future = setup.booked(eve, id(tess), swedish, at(later, "11:00"))
                .getJsonNumber("id")
                .longValue();
        Db.update(
                "INSERT INTO intake_draft (client_id, step, data, changed_at) VALUES (?, 2, '{}', UTC_TIMESTAMP())",
                eveId);

        JsonObject plan = Http.json(http.get("api/v1/me/erasure", eve, PW));
        assertFalse(plan.containsKey("keepUntil"), "never treated: nothing to keep " + plan);
        assertFalse(plan.containsKey("status"), plan.toString());

        HttpResponse<String> wrong = http.postJson("api/v1/me/erasure", "{\"password\":\"not-mine\"}", eve, PW);
        assertEquals(400, wrong.statusCode(), wrong.body());
        assertTrue(wrong.body().contains("not your password"), wrong.body());
        assertEquals(400, http.postJson("api/v1/me/erasure", "", eve, PW).statusCode());
        assertEquals("0", Db.one("SELECT COUNT(*) FROM erasure_request WHERE client_id = ?", eveId));
        assertEquals("BOOKED", Db.one("SELECT status FROM appointment WHERE id = ?", future));
        assertEquals(200, http.get("api/v1/me", eve, PW).statusCode(), "a refused request changes nothing");

        HttpResponse<String> asked = http.postJson("api/v1/me/erasure", password(), eve, PW);
        assertEquals(202, asked.statusCode(), asked.body());
        JsonObject request = Http.json(asked);
        assertEquals("PENDING", request.getString("status"));
        assertEquals(LocalDate.now(BookingSetup.LONDON).plusMonths(1).toString(), request.getString("dueOn"));
        assertEquals(401, http.get("api/v1/me", eve, PW).statusCode(), "the account is closed at once");
        assertTrue(
                Db.one("SELECT status FROM appointment WHERE id = ?", future).endsWith("CANCELLED"),
                "the appointment to come is cancelled");

        JsonObject listed = entry(http, eveId);
        assertEquals("PENDING", listed.getString("status"));
        assertEquals(request.getString("dueOn"), listed.getString("dueOn"));
        assertFalse(listed.getBoolean("overdue"));
        long id = listed.getJsonNumber("id").longValue();
        assertEquals(
                403,
                http.postJson("api/v1/admin/erasures/" + id + "/carry-out", "", tess, PW)
                        .statusCode());
        assertEquals(
                404,
                http.postJson("api/v1/admin/erasures/987654321/carry-out", "", ADMIN, ADMIN_PW)
                        .statusCode());

        HttpResponse<String> done = http.postJson("api/v1/admin/erasures/" + id + "/carry-out", "", ADMIN, ADMIN_PW);
        assertEquals(200, done.statusCode(), done.body());
        assertEquals("ERASED", Http.json(done).getString("status"));
        for (String table : new String[] {"intake_version", "intake_draft", "appointment", "care_assignment"}) {
            assertEquals("0", Db.one("SELECT COUNT(*) FROM " + table + " WHERE client_id = ?", eveId), table);
        }
        assertEquals("0", Db.one("SELECT COUNT(*) FROM outbox WHERE recipient = ?", eve));
        assertEquals("erased-" + eveId + "@erased.invalid", Db.one("SELECT email FROM account WHERE id = ?", eveId));
        assertEquals("Erased client", Db.one("SELECT name FROM account WHERE id = ?", eveId));
        assertEquals(
                "1",
                Db.one(
                        "SELECT COUNT(*) FROM audit_event WHERE subject_id = ? AND action = 'ERASURE_REQUESTED'",
                        eveId));
        assertEquals("1", Db.one("SELECT COUNT(*) FROM audit_event WHERE subject_id = ? AND action = 'ERASED'", eveId));
        assertEquals(
                409,
                http.postJson("api/v1/admin/erasures/" + id + "/carry-out", "", ADMIN, ADMIN_PW)
                        .statusCode(),
                "carried out once");
        assertEquals(200, http.get("api/v1/me", tess, PW).statusCode(), "the therapist is untouched");
    }

    @Test
    void aTreatedClientsClinicalRecordsAreHeldUntilRetentionEndsThenErased() {
        Http http = new Http(url);
        BookingSetup setup = new BookingSetup(http);
        String tess = setup.therapist("erasureheld", "'SWEDISH'");
        long swedish = setup.service("SWEDISH", 60, 0);
        String chris = setup.client("erasureheld", "");
        String cara = setup.client("erasurestays", "");
        long chrisId = id(chris);
        LocalDate later = LocalDate.now(BookingSetup.LONDON).plusDays(8);
        long past = setup.booked(chris, id(tess), swedish, at(later, "09:00"))
                .getJsonNumber("id")
                .longValue();
        Instant yesterday = Instant.now().minus(Duration.ofDays(1));
        BookingSetup.tookPlace(past, yesterday);
        long note = setup.note(tess, past, COMPLETE);
        assertEquals(
                201,
                http.postJson(
                                "api/v1/notes/" + note + "/amendments",
                                "{\"text\":\"Left side\",\"reason\":\"Misheard\"}",
                                tess,
                                PW)
                        .statusCode());
        LocalDate keep = LocalDate.ofInstant(yesterday, BookingSetup.LONDON).plusYears(8);

        JsonObject plan = Http.json(http.get("api/v1/me/erasure", chris, PW));
        assertEquals(keep.toString(), plan.getString("keepUntil"), plan.toString());
        HttpResponse<String> asked = http.postJson("api/v1/me/erasure", password(), chris, PW);
        assertEquals(202, asked.statusCode(), asked.body());
        long id = entry(http, chrisId).getJsonNumber("id").longValue();
        HttpResponse<String> done = http.postJson("api/v1/admin/erasures/" + id + "/carry-out", "", ADMIN, ADMIN_PW);
        assertEquals(200, done.statusCode(), done.body());
        assertEquals("HELD", Http.json(done).getString("status"));
        assertEquals(keep.toString(), Http.json(done).getString("heldUntil"));

        assertEquals("1", Db.one("SELECT COUNT(*) FROM session_note WHERE client_id = ?", chrisId));
        assertEquals("1", Db.one("SELECT COUNT(*) FROM appointment WHERE client_id = ?", chrisId), "the treatment");
        assertEquals("1", Db.one("SELECT COUNT(*) FROM intake_version WHERE client_id = ?", chrisId));
        assertEquals(chris, Db.one("SELECT email FROM account WHERE id = ?", chrisId), "still known, while held");
        assertEquals("0", Db.one("SELECT COUNT(*) FROM care_assignment WHERE client_id = ?", chrisId));
        assertThrows(
                IllegalStateException.class,
                () -> Db.update("DELETE FROM session_note WHERE client_id = ?", chrisId),
                "the database refuses to delete notes still held");
        assertEquals(
                "0",
                http.postJson("api/v1/admin/erasures/due", "", ADMIN, ADMIN_PW)
                        .body()
                        .replaceAll("\\D", ""),
                "nothing due while held");

        Db.update(
                "UPDATE erasure_request SET held_until = ? WHERE client_id = ?",
                LocalDate.now().minusDays(3),
                chrisId);
        HttpResponse<String> due = http.postJson("api/v1/admin/erasures/due", "", ADMIN, ADMIN_PW);
        assertEquals(200, due.statusCode(), due.body());
        assertEquals(1, Http.json(due).getInt("done"), due.body());
        for (String table : new String[] {"session_note", "appointment", "intake_version", "clearance"}) {
            assertEquals("0", Db.one("SELECT COUNT(*) FROM " + table + " WHERE client_id = ?", chrisId), table);
        }
        assertEquals("0", Db.one("SELECT COUNT(*) FROM note_amendment WHERE note_id = ?", note));
        assertEquals("ERASED", Db.one("SELECT status FROM erasure_request WHERE id = ?", id));
        assertEquals("Erased client", Db.one("SELECT name FROM account WHERE id = ?", chrisId));
        assertEquals(
                "2", Db.one("SELECT COUNT(*) FROM audit_event WHERE subject_id = ? AND action = 'ERASED'", chrisId));
        assertEquals(
                "1",
                Db.one("SELECT COUNT(*) FROM intake_version WHERE client_id = ?", id(cara)),
                "another client's records stay");
    }

    @Test
    void everyTableIsErasedKeptForAStatedReasonOrHoldsNoClientsData() {
        String all = Db.one("SELECT GROUP_CONCAT(table_name ORDER BY table_name SEPARATOR ' ')"
                + " FROM information_schema.tables WHERE table_schema = DATABASE()");
        Set<String> tables =
                new TreeSet<>(List.of(all.toLowerCase(java.util.Locale.ROOT).split(" ")));
        Set<String> known = new TreeSet<>(Erasure.ERASED);
        known.addAll(Erasure.KEPT.keySet());
        known.addAll(Erasure.NOT_CLIENTS);
        assertEquals(
                known.size(), Erasure.ERASED.size() + Erasure.KEPT.size() + Erasure.NOT_CLIENTS.size(), "once each");
        Set<String> unknown = new TreeSet<>(tables);
        unknown.removeAll(known);
        assertEquals(Set.of(), unknown, "tables the erasure plan does not mention");
        Set<String> gone = new TreeSet<>(known);
        gone.removeAll(tables);
        assertEquals(Set.of(), gone, "tables the erasure plan names but the database lacks");
    }

    private static String password() {
        return "{\"password\":\"" + PW + "\"}";
    }

    /** The admins' view of a client's request. */
    private static JsonObject entry(Http http, long clientId) {
        HttpResponse<String> r = http.get("api/v1/admin/erasures", ADMIN, ADMIN_PW);
        assertEquals(200, r.statusCode(), r.body());
        JsonArray all = Http.array(r);
        return all.stream()
                .map(JsonValue::asJsonObject)
                .filter(e -> e.getJsonNumber("clientId").longValue() == clientId)
                .findFirst()
                .orElseThrow(() -> new AssertionError("no request of " + clientId + " in " + all));
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
