package org.bodywork.notes;

import static org.bodywork.it.BookingSetup.ADMIN;
import static org.bodywork.it.BookingSetup.ADMIN_PW;
import static org.bodywork.it.BookingSetup.PW;
import static org.bodywork.it.BookingSetup.at;
import static org.bodywork.it.BookingSetup.id;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import org.bodywork.it.BookingSetup;
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

/** The notes API on MariaDB: the lifecycle, the override rule, the PDF, every refusal and the audit. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient // everything through HTTP; the in-container tests are in AccountsIT and QualificationIT
class NotesIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.app();
    }

    @ArquillianResource
    URL url;

    private Http http;
    private BookingSetup setup;
    private String tess;
    private String other;
    private long swedish;
    private LocalDate day;

    static final String COMPLETE = "{'clientWords':'Tight shoulders','painBefore':6,'healthChanged':false,"
            + "'areas':['NECK','SHOULDERS'],'techniques':['SWEDISH'],'pressure':'MEDIUM','minutes':55,"
            + "'response':'Eased well','painAfter':2,'nextSteps':'Two weeks','homeCare':'Neck stretches'}";

    @BeforeEach
    void practice() {
        http = new Http(url);
        setup = new BookingSetup(http);
        tess = setup.therapist("notes", "'SWEDISH','DEEP_TISSUE'");
        other = setup.therapist("notesother", "'SWEDISH'");
        swedish = setup.service("SWEDISH", 60, 0);
        day = LocalDate.now(BookingSetup.LONDON).plusDays(3);
    }

    /** An appointment of Tess's with the client that took place yesterday at the given hour. */
    private long attended(String client, String time) {
        long id = setup.booked(client, id(tess), swedish, at(day, time))
                .getJsonNumber("id")
                .longValue();
        LocalDate yesterday = LocalDate.now(BookingSetup.LONDON).minusDays(1);
        BookingSetup.tookPlace(id, at(yesterday, time));
        return id;
    }

    private HttpResponse<String> start(long appointment, String... who) {
        return http.postJson("api/v1/appointments/" + appointment + "/note", "", who);
    }

    private HttpResponse<String> put(long note, String json, String... who) {
        return http.send("PUT", "api/v1/notes/" + note, json.replace('\'', '"'), who);
    }

    private static long noteId(HttpResponse<String> r) {
        assertEquals(201, r.statusCode(), r.body());
        return Http.json(r).getJsonNumber("id").longValue();
    }

    private static void refused(HttpResponse<String> r, int status, String code) {
        assertEquals(status, r.statusCode(), r.body());
        if (code != null) {
            assertEquals(code, Http.json(r).getString("error"), r.body());
        }
    }

    @Test
    void aTherapistWritesSignsAndAmendsANoteThatIsNeverRewritten() {
        String client = setup.client("notewriter", "{'code':'PREGNANCY','weeks':20}");
        long appointment = attended(client, "10:00");
        JsonObject draft = Http.json(start(appointment, tess, PW));
        long note = draft.getJsonNumber("id").longValue();
        assertEquals("DRAFT", draft.getString("status"));
        assertTrue(draft.getJsonArray("screeningNotAllowed").toString().contains("DEEP_TISSUE"), draft.toString());
        refused(start(appointment, tess, PW), 409, "note_exists");

        refused(put(note, "{'painBefore':11}", tess, PW), 400, "invalid_painBefore");
        refused(put(note, "{'painBefore':'lots'}", tess, PW), 400, null);
        HttpResponse<String> nonsense = put(note, "{'painBefore':11,'minutes':900,'painAfter':-1}", tess, PW);
        assertEquals(400, nonsense.statusCode(), nonsense.body());
        assertEquals(
                List.of("painBefore", "minutes", "painAfter"),
                Http.fields(nonsense),
                "every field no note could hold, at once");
        assertEquals(
                200,
                put(note, "{'painBefore':5,'clientWords':'Sore neck'}", tess, PW)
                        .statusCode());
        assertEquals("5", Db.one("SELECT pain_before FROM session_note WHERE id = ?", note));

        refused(http.postJson("api/v1/notes/" + note + "/sign", "", tess, PW), 422, "note_incomplete");
        String withDeep = COMPLETE.replace("'techniques':['SWEDISH']", "'techniques':['SWEDISH','DEEP_TISSUE']");
        assertEquals(200, put(note, withDeep, tess, PW).statusCode());
        HttpResponse<String> unexplained = http.postJson("api/v1/notes/" + note + "/sign", "", tess, PW);
        refused(unexplained, 422, "override_reason_needed");
        assertTrue(Http.json(unexplained).getString("message").contains("Deep tissue massage"));
        String reasoned = withDeep.replace(
                "}", ",'overrides':{'TECHNIQUE:DEEP_TISSUE':'Midwife letter allows firm work on the calves'}}");
        assertEquals(200, put(note, reasoned, tess, PW).statusCode());
        HttpResponse<String> signed = http.postJson("api/v1/notes/" + note + "/sign", "", tess, PW);
        assertEquals(200, signed.statusCode(), signed.body());
        assertEquals("SIGNED", Http.json(signed).getString("status"));

        refused(put(note, COMPLETE.replace("'painAfter':2", "'painAfter':0"), tess, PW), 409, "note_signed");
        assertEquals("2", Db.one("SELECT pain_after FROM session_note WHERE id = ?", note));
        assertThrows(
                RuntimeException.class,
                () -> Db.update("UPDATE session_note SET pain_after = 0 WHERE id = ?", note),
                "the database refuses too");
        assertThrows(RuntimeException.class, () -> Db.update("DELETE FROM session_note WHERE id = ?", note));

        refused(
                http.postJson("api/v1/notes/" + note + "/amendments", "{\"text\":\"\",\"reason\":\"x\"}", tess, PW),
                400,
                "invalid_text");
        HttpResponse<String> amended = http.postJson(
                "api/v1/notes/" + note + "/amendments",
                "{\"text\":\"Pain after was 3, not 2\",\"reason\":\"Misheard the client\"}",
                tess,
                PW);
        assertEquals(201, amended.statusCode(), amended.body());
        JsonObject read = Http.json(http.get("api/v1/notes/" + note, tess, PW));
        assertEquals(2, read.getInt("painAfter"), "the original stays");
        assertEquals(
                "Pain after was 3, not 2",
                read.getJsonArray("amendments").getJsonObject(0).getString("text"));
        assertEquals(
                "Midwife letter allows firm work on the calves",
                read.getJsonObject("overrides").getString("TECHNIQUE:DEEP_TISSUE"));

        for (String action : new String[] {"CREATE", "UPDATE", "SIGN", "AMEND", "READ"}) {
            assertEquals(
                    "1",
                    Db.one(
                            "SELECT CASE WHEN COUNT(*) > 0 THEN 1 ELSE 0 END FROM audit_event"
                                    + " WHERE record_type = 'session_note' AND record_id = ? AND action = ? AND actor = ?",
                            note,
                            action,
                            tess),
                    action + " is audited");
        }
    }

    @Test
    void onlyTheTreatingTherapistWritesAndReadersAreTheClientAndTherapistsTheyBookedWith() {
        String client = setup.client("noteaccess", "");
        String stranger = setup.client("notestranger", "");
        long draftNote = noteId(start(attended(client, "09:00"), tess, PW));
        long note = noteId(start(attended(client, "11:00"), tess, PW));
        assertEquals(200, put(note, COMPLETE, tess, PW).statusCode());
        assertEquals(
                200,
                http.postJson("api/v1/notes/" + note + "/sign", "", tess, PW).statusCode());

        // Writing: the appointment's therapist only.
        long future = setup.booked(client, id(tess), swedish, at(day, "15:00"))
                .getJsonNumber("id")
                .longValue();
        refused(start(future, tess, PW), 422, "not_attended");
        refused(start(attended(client, "13:00"), other, PW), 404, "no_appointment");
        refused(start(future, client, PW), 403, null);
        refused(start(future, ADMIN, ADMIN_PW), 403, null);
        refused(put(draftNote, COMPLETE, other, PW), 404, "no_note");
        refused(put(draftNote, COMPLETE, client, PW), 403, null);
        refused(http.postJson("api/v1/notes/" + draftNote + "/sign", "", other, PW), 404, "no_note");
        refused(http.postJson("api/v1/notes/" + draftNote + "/sign", "", client, PW), 403, null);

        // Reading: the client reads signed notes, not drafts; strangers and admins nothing.
        assertEquals(200, http.get("api/v1/notes/" + note, client, PW).statusCode());
        refused(http.get("api/v1/notes/" + draftNote, client, PW), 404, "no_note");
        refused(http.get("api/v1/notes/" + note, stranger, PW), 404, "no_note");
        refused(http.get("api/v1/notes/" + note, ADMIN, ADMIN_PW), 403, null);
        refused(http.get("api/v1/clients/" + id(client) + "/notes", stranger, PW), 404, "no_client");
        refused(http.get("api/v1/clients/" + id(client) + "/notes", ADMIN, ADMIN_PW), 403, null);
        assertEquals(
                1,
                Http.array(http.get("api/v1/clients/" + id(client) + "/notes", client, PW))
                        .size());
        assertEquals(
                2,
                Http.array(http.get("api/v1/clients/" + id(client) + "/notes", tess, PW))
                        .size());

        // Another therapist reads only once the client is in their care too and shares their notes
        // (issue 23, M5), and never drafts.
        refused(http.get("api/v1/notes/" + note, other, PW), 404, "no_note");
        setup.booked(client, id(other), swedish, at(day, "16:00"));
        refused(http.get("api/v1/notes/" + note, other, PW), 404, "no_note");
        assertEquals(
                0,
                Http.array(http.get("api/v1/clients/" + id(client) + "/notes", other, PW))
                        .size(),
                "in care, but only their own notes: none");
        HttpResponse<String> shared = http.send("PUT", "api/v1/me/preferences", "{\"sharesNotes\":true}", client, PW);
        assertEquals(200, shared.statusCode(), shared.body());
        assertTrue(Http.json(shared).getBoolean("reminders"), "reminders left as they were");
        assertEquals(
                "1",
                Db.one(
                        "SELECT COUNT(*) FROM audit_event WHERE action = 'UPDATE' AND subject_id = ? AND detail = 'notes shared'",
                        id(client)));
        assertEquals(200, http.get("api/v1/notes/" + note, other, PW).statusCode());
        assertEquals(
                1,
                Http.array(http.get("api/v1/clients/" + id(client) + "/notes", other, PW))
                        .size());
        refused(http.get("api/v1/notes/" + draftNote, other, PW), 404, "no_note");
        refused(
                http.postJson("api/v1/notes/" + note + "/amendments", "{\"text\":\"x\",\"reason\":\"y\"}", other, PW),
                422,
                "not_your_note");
        assertTrue(Integer.parseInt(Db.one(
                        "SELECT COUNT(*) FROM audit_event WHERE action = 'REFUSED' AND record_type = 'session_note'"
                                + " AND actor = ?",
                        stranger))
                > 0);
    }

    /**
     * Issue 23, M5: a record opens to a therapist because of a current care relationship, not for
     * ever because of any booking. A booking cancelled at once, or one long past, opens neither the
     * notes nor the health form; a current one does, until an admin ends the care.
     */
    @Test
    void aCancelledOrLongPastBookingOpensNothingAndAnAdminEndsCare() {
        String client = setup.client("carewindow", "");
        assertEquals(
                200,
                http.send("PUT", "api/v1/me/preferences", "{\"sharesNotes\":true}", client, PW)
                        .statusCode());
        long note = noteId(start(attended(client, "10:00"), tess, PW));
        assertEquals(200, put(note, COMPLETE, tess, PW).statusCode());
        assertEquals(
                200,
                http.postJson("api/v1/notes/" + note + "/sign", "", tess, PW).statusCode());
        long clientId = id(client);

        long cancelled = setup.booked(client, id(other), swedish, at(day, "16:00"))
                .getJsonNumber("id")
                .longValue();
        assertEquals(
                200,
                http.postJson(
                                "api/v1/appointments/" + cancelled + "/cancel",
                                "{\"reason\":\"changed my mind\"}",
                                client,
                                PW)
                        .statusCode());
        refused(http.get("api/v1/notes/" + note, other, PW), 404, "no_note");
        assertEquals(404, record(other, clientId), "a cancelled booking opens no health form");

        long old = setup.booked(client, id(other), swedish, at(day, "17:00"))
                .getJsonNumber("id")
                .longValue();
        assertEquals(200, http.get("api/v1/notes/" + note, other, PW).statusCode(), "in care now");
        assertEquals(200, record(other, clientId));
        BookingSetup.tookPlace(old, at(LocalDate.now(BookingSetup.LONDON).minusMonths(13), "17:00"));
        refused(http.get("api/v1/notes/" + note, other, PW), 404, "no_note");
        assertEquals(404, record(other, clientId), "a treatment long past opens nothing");

        assertEquals(200, record(tess, clientId));
        HttpResponse<String> ended = http.send(
                "DELETE", "api/v1/admin/clients/" + clientId + "/therapists/" + id(tess), "", ADMIN, ADMIN_PW);
        assertEquals(204, ended.statusCode(), ended.body());
        assertEquals(404, record(tess, clientId), "ended by an admin");
        assertEquals(200, http.get("api/v1/notes/" + note, tess, PW).statusCode(), "her own note stays hers");
        assertEquals(
                400,
                http.send("DELETE", "api/v1/admin/clients/" + clientId + "/therapists/" + id(tess), "", ADMIN, ADMIN_PW)
                        .statusCode(),
                "nothing left to end");
    }

    /** The status of the therapist's view of the client's record page. */
    private int record(String therapist, long clientId) {
        return org.bodywork.it.Pages.signedIn(http.base(), therapist, PW)
                .get("therapist/client?id=" + clientId)
                .statusCode();
    }

    @Test
    void theClientDownloadsTheirNotesAsAReadablePdf() throws Exception {
        String client = setup.client("notepdf", "");
        long note = noteId(start(attended(client, "10:00"), tess, PW));
        assertEquals(200, put(note, COMPLETE, tess, PW).statusCode());
        assertEquals(
                200,
                http.postJson("api/v1/notes/" + note + "/sign", "", tess, PW).statusCode());
        http.postJson(
                "api/v1/notes/" + note + "/amendments",
                "{\"text\":\"Also advised heat packs\",\"reason\":\"Left out\"}",
                tess,
                PW);

        HttpResponse<byte[]> pdf = http.getBytes("api/v1/notes/" + note + "/pdf", client, PW);
        assertEquals(
                200,
                pdf.statusCode(),
                new String(pdf.body()) + pdf.request().headers().map());
        assertTrue(pdf.headers().firstValue("Content-Type").orElse("").startsWith("application/pdf"));
        String text = NotePdfTest.text(pdf.body());
        assertTrue(text.contains("Pain before: 6 out of 10"), text);
        assertTrue(text.contains("Signed by"), text);
        assertTrue(text.contains("Correction: Also advised heat packs"), text);

        HttpResponse<byte[]> record = http.getBytes("api/v1/clients/" + id(client) + "/notes/pdf", client, PW);
        assertEquals(200, record.statusCode());
        assertTrue(NotePdfTest.text(record.body()).contains("This record is kept until"));
        assertEquals(
                403,
                http.getBytes("api/v1/notes/" + note + "/pdf", ADMIN, ADMIN_PW).statusCode());
        String stranger = setup.client("notepdfstranger", "");
        assertEquals(
                404,
                http.getBytes("api/v1/notes/" + note + "/pdf", stranger, PW).statusCode());
        assertEquals(
                404,
                http.getBytes("api/v1/clients/" + id(client) + "/notes/pdf", stranger, PW)
                        .statusCode());

        String openapi = http.getRoot("openapi").body();
        for (String path : new String[] {
            "/appointments/{id}/note",
            "/notes/{id}/sign",
            "/notes/{id}/amendments",
            "/notes/{id}/pdf",
            "/clients/{id}/notes"
        }) {
            assertTrue(openapi.contains(path), path + " in /openapi");
        }
        assertEquals(
                "1",
                Db.one(
                        "SELECT CASE WHEN COUNT(*) > 0 THEN 1 ELSE 0 END FROM audit_event WHERE action = 'EXPORT'"
                                + " AND record_id = ? AND actor = ?",
                        note,
                        client));
    }
}
