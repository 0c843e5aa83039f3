package org.bodywork.booking;

import static org.bodywork.it.BookingSetup.ADMIN;
import static org.bodywork.it.BookingSetup.ADMIN_PW;
import static org.bodywork.it.BookingSetup.PW;
import static org.bodywork.it.BookingSetup.at;
import static org.bodywork.it.BookingSetup.id;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;
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

/** Services, availability and appointments through the API, on Payara Micro and MariaDB. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient // everything through HTTP; the in-container tests are in AccountsIT and QualificationIT
class BookingIT {

    private static final Pattern NOT_PLAIN = Pattern.compile("[A-Z][A-Z0-9]*_[A-Z0-9_]+|[{}]|\\bnull\\b|Exception");

    @Deployment
    static WebArchive deployment() {
        return Deployments.app();
    }

    @ArquillianResource
    URL url;

    private Http http;
    private BookingSetup setup;
    private String therapist;
    private long therapistId;
    private long swedish;
    private LocalDate day;

    @BeforeEach
    void practice() {
        http = new Http(url);
        setup = new BookingSetup(http);
        therapist = setup.therapist("booked", "'SWEDISH','DEEP_TISSUE'");
        therapistId = id(therapist);
        swedish = setup.service("SWEDISH", 60, 15);
        day = LocalDate.now(BookingSetup.LONDON).plusDays(3);
    }

    private static void refused(HttpResponse<String> r, int status, String code) {
        assertEquals(status, r.statusCode(), r.body());
        JsonObject error = Http.json(r);
        assertEquals(code, error.getString("error"), r.body());
        assertFalse(NOT_PLAIN.matcher(error.getString("message")).find(), error.getString("message"));
    }

    private HttpResponse<String> post(String path, String json, String as, String pw) {
        return http.postJson(path, json, as, pw);
    }

    private String appointments(LocalDate from, LocalDate to) {
        return "api/v1/appointments?from=" + from + "&to=" + to;
    }

    private static long count(String sql, Object... params) {
        return Long.parseLong(Db.one(sql, params));
    }

    @Test
    void servicesArePublicAndOnlyAdminsChangeTheMenu() {
        HttpResponse<String> menu = http.get("api/v1/services");
        assertEquals(200, menu.statusCode());
        assertTrue(menu.body().contains("\"id\":" + swedish), menu.body());
        String body = "{\"name\":\"Hot stones " + swedish
                + "\",\"technique\":\"SWEDISH\",\"minutes\":60,\"pricePence\":6000," + "\"bufferMinutes\":15}";
        assertEquals(401, http.postJson("api/v1/services", body).statusCode());
        String client = setup.client("menu", "");
        assertEquals(403, post("api/v1/services", body, client, PW).statusCode());
        assertEquals(403, post("api/v1/services", body, therapist, PW).statusCode());
        refused(post("api/v1/services", body.replace("60,", "7,"), ADMIN, ADMIN_PW), 400, "invalid_minutes");
        HttpResponse<String> allWrong = post(
                "api/v1/services",
                "{\"name\":\" \",\"technique\":\"SWEDISH\",\"minutes\":7,\"pricePence\":-5,\"bufferMinutes\":99}",
                ADMIN,
                ADMIN_PW);
        assertEquals(400, allWrong.statusCode(), allWrong.body());
        assertEquals(
                List.of("name", "minutes", "pricePence", "bufferMinutes"),
                Http.fields(allWrong),
                "every wrong field at once, named as the API's JSON names it");
        assertEquals("0", Db.one("SELECT COUNT(*) FROM service WHERE minutes = 7"));
        HttpResponse<String> unknown = post("api/v1/services", body.replace("SWEDISH", "HOT_STONES"), ADMIN, ADMIN_PW);
        assertEquals(400, unknown.statusCode());
        assertEquals("invalid_technique", Http.json(unknown).getString("error"));
        refused(post("api/v1/services", "{\"name\":", ADMIN, ADMIN_PW), 400, "malformed_json");
        assertEquals(201, post("api/v1/services", body, ADMIN, ADMIN_PW).statusCode());
        refused(post("api/v1/services", body, ADMIN, ADMIN_PW), 409, "service_exists");
        HttpResponse<String> retired = http.send(
                "PUT",
                "api/v1/services/" + swedish,
                body.replace("Hot stones", "Retired").replace("15}", "15,\"active\":false}"),
                ADMIN,
                ADMIN_PW);
        assertEquals(200, retired.statusCode(), retired.body());
        assertFalse(http.get("api/v1/services").body().contains("\"id\":" + swedish + ","));
        assertEquals(
                404,
                http.get("api/v1/therapists/" + therapistId + "/availability?serviceId=" + swedish + "&from=" + day
                                + "&to=" + day)
                        .statusCode());
    }

    @Test
    void availabilityIsPublicInInstantsWithinTheRulesAndRefusesBadRanges() {
        List<Instant> slots = setup.slots(therapistId, swedish, day);
        assertTrue(slots.contains(at(day, "10:00")));
        assertTrue(slots.contains(at(day, "10:15")));
        assertFalse(slots.contains(at(day, "23:00")), "a 60-minute service cannot start after 22:45");
        List<Instant> soon = setup.slots(therapistId, swedish, LocalDate.now(BookingSetup.LONDON));
        assertTrue(
                soon.stream()
                        .allMatch(s -> s.isAfter(
                                Instant.now().plus(Duration.ofHours(12)).minusSeconds(60))),
                "minimum notice");
        assertTrue(
                setup.slots(
                                therapistId,
                                swedish,
                                LocalDate.now(BookingSetup.LONDON).plusDays(60))
                        .isEmpty(),
                "booking horizon");
        String base = "api/v1/therapists/" + therapistId + "/availability?serviceId=" + swedish;
        refused(http.get(base + "&from=" + day + "&to=" + day.plusDays(62)), 400, "invalid_to");
        assertEquals(
                200, http.get(base + "&from=" + day + "&to=" + day.plusDays(61)).statusCode());
        refused(http.get(base + "&from=16/03/2027&to=" + day), 400, "invalid_from");
        refused(http.get(base + "&from=" + day), 400, "invalid_to");
        refused(
                http.get("api/v1/therapists/" + therapistId + "/availability?serviceId=x&from=" + day + "&to=" + day),
                400,
                "invalid_serviceId");
        refused(
                http.get("api/v1/therapists/999999/availability?serviceId=" + swedish + "&from=" + day + "&to=" + day),
                404,
                "no_therapist");
        HttpResponse<String> any = http.get("api/v1/services/" + swedish + "/availability?from=" + day + "&to=" + day);
        assertEquals(200, any.statusCode());
        assertTrue(any.body().contains("\"therapistId\":" + therapistId), "any bookable therapist");
        // Issue 23, L5: a range of centuries is refused before anything is read.
        for (String wide : List.of(
                "api/v1/services/" + swedish + "/availability?from=1000-01-01&to=9999-12-31",
                "api/v1/therapists/" + therapistId + "/availability?serviceId=" + swedish
                        + "&from=1000-01-01&to=9999-12-31")) {
            HttpResponse<String> r = http.get(wide);
            assertEquals(400, r.statusCode(), r.body());
            assertEquals("0", r.headers().firstValue("X-Sql-Statements").orElseThrow(), wide);
        }
    }

    @Test
    void aClientBooksAFreeSlotAndBothSeeIt() {
        String client = setup.client("books", "");
        Instant start = at(day, "10:00");
        HttpResponse<String> r = setup.book(client, therapistId, swedish, start);
        assertEquals(201, r.statusCode(), r.body());
        assertTrue(r.headers().firstValue("Location").orElse("").contains("appointments/"));
        JsonObject a = Http.json(r);
        long id = a.getJsonNumber("id").longValue();
        assertEquals(start.toString(), a.getString("start"));
        assertEquals(start.plus(Duration.ofHours(1)).toString(), a.getString("end"));
        assertEquals("BOOKED", a.getString("status"));

        assertTrue(http.get(appointments(day, day), client, PW).body().contains("\"id\":" + id));
        JsonObject diary = Http.array(http.get(appointments(day, day), therapist, PW)).stream()
                .map(JsonValue::asJsonObject)
                .filter(o -> o.getJsonNumber("id").longValue() == id)
                .findFirst()
                .orElseThrow();
        assertEquals(id(client), diary.getJsonNumber("clientId").longValue());
        assertEquals(swedish, diary.getJsonNumber("serviceId").longValue());
        List<Instant> free = setup.slots(therapistId, swedish, day);
        assertFalse(free.contains(start));
        assertFalse(free.contains(at(day, "10:45")), "overlaps");
        assertFalse(free.contains(at(day, "11:00")), "the 15-minute turnover after it");
        assertTrue(free.contains(at(day, "11:15")));
        assertTrue(free.contains(at(day, "08:45")));
        assertFalse(free.contains(at(day, "09:00")), "its turnover would run into it");
        JsonArray history = Http.array(http.get("api/v1/appointments/" + id + "/history", client, PW));
        assertEquals("BOOKED", history.getJsonObject(0).getString("kind"));
        assertEquals(client, history.getJsonObject(0).getString("by"));
        assertEquals(
                1,
                count(
                        "SELECT COUNT(*) FROM care_assignment WHERE therapist_id = ? AND client_id = ?",
                        therapistId,
                        id(client)),
                "booking lets the therapist read the client's health form");
    }

    @Test
    void aTakenOrOverlappingSlotIsRefusedAndTheClientCannotBeInTwoPlaces() {
        String first = setup.client("first", "");
        String second = setup.client("second", "");
        setup.booked(first, therapistId, swedish, at(day, "14:00"));
        refused(setup.book(second, therapistId, swedish, at(day, "14:00")), 409, "slot_taken");
        refused(setup.book(second, therapistId, swedish, at(day, "14:30")), 409, "slot_taken");
        refused(setup.book(second, therapistId, swedish, at(day, "13:15")), 409, "slot_taken");
        refused(setup.book(second, therapistId, swedish, at(day, "15:00")), 409, "slot_taken");
        setup.booked(second, therapistId, swedish, at(day, "15:15"));
        String other = setup.therapist("elsewhere", "'SWEDISH'");
        refused(setup.book(first, id(other), swedish, at(day, "14:30")), 409, "client_busy");
        setup.booked(first, id(other), swedish, at(day, "16:30"));
    }

    @Test
    void badInputIsRefusedWithAPlainMessageAndSavesNothing() {
        String client = setup.client("careless", "");
        long before = count("SELECT COUNT(*) FROM appointment WHERE client_id = ?", id(client));
        refused(post("api/v1/appointments", "{\"therapistId\":", client, PW), 400, "malformed_json");
        // JSON-B alone waited forever for the end of an unknown property's unclosed array (FuzzIT's find).
        refused(post("api/v1/appointments", "{\"x\":[5,\"start\":\"2026\"}", client, PW), 400, "malformed_json");
        refused(post("api/v1/appointments", "{\"x\":\"" + "a".repeat(1 << 20) + "\"}", client, PW), 413, "too_large");
        refused(post("api/v1/appointments", "{\"serviceId\":" + swedish + "}", client, PW), 400, "invalid_therapistId");
        refused(
                post("api/v1/appointments", "{\"therapistId\":" + therapistId + "}", client, PW),
                400,
                "invalid_serviceId");
        refused(
                post(
                        "api/v1/appointments",
                        "{\"therapistId\":" + therapistId + ",\"serviceId\":" + swedish + "}",
                        client,
                        PW),
                400,
                "invalid_start");
        refused(setup.book(client, therapistId, swedish, at(day, "10:07")), 400, "not_a_slot");
        refused(setup.book(client, therapistId, swedish, at(day, "23:30")), 400, "not_a_slot");
        refused(setup.book(client, therapistId, swedish, Instant.now().plus(Duration.ofHours(1))), 400, "not_a_slot");
        refused(setup.book(client, therapistId, swedish, at(day.plusDays(70), "10:00")), 400, "not_a_slot");
        refused(setup.book(client, therapistId, 999999, at(day, "10:00")), 400, "invalid_serviceId");
        refused(setup.book(client, 999999, swedish, at(day, "10:00")), 400, "invalid_therapistId");
        assertEquals(before, count("SELECT COUNT(*) FROM appointment WHERE client_id = ?", id(client)));
        assertEquals(401, http.postJson("api/v1/appointments", "{}").statusCode());
        assertEquals(
                403,
                setup.book(therapist, therapistId, swedish, at(day, "10:00")).statusCode());
    }

    @Test
    void eachScreeningAndBookabilityRefusalAnswers422InPlainWords() {
        Instant start = at(day, "11:00");
        refused(setup.book(setup.client("noform", null), therapistId, swedish, start), 422, "no_intake");
        refused(
                setup.book(setup.client("fever", "{'code':'FEVER'}"), therapistId, swedish, start),
                422,
                "screening_blocked");
        HttpResponse<String> gp = setup.book(setup.client("clot", "{'code':'DVT'}"), therapistId, swedish, start);
        refused(gp, 422, "screening_blocked");
        assertTrue(Http.json(gp).getString("message").contains("GP"));
        String urgent = http.registerClient("redflag");
        setup.intake(
                urgent,
                "'backPain':{'areas':['LOWER_BACK'],'startedOn':'"
                        + LocalDate.now().minusDays(3)
                        + "','diagnosed':false,'redFlags':['SADDLE_NUMBNESS']},'conditions':[]");
        HttpResponse<String> u = setup.book(urgent, therapistId, swedish, start);
        refused(u, 422, "screening_blocked");
        assertTrue(Http.json(u).getString("message").contains("999"));
        String pregnant = setup.client("pregnant", "{'code':'PREGNANCY','weeks':20}");
        long deep = setup.service("DEEP_TISSUE", 60, 15);
        refused(setup.book(pregnant, therapistId, deep, start), 422, "technique_not_allowed");
        long shiatsu = setup.service("SHIATSU", 60, 15);
        String clear = setup.client("clear", "");
        refused(setup.book(clear, therapistId, shiatsu, start), 422, "therapist_not_bookable");
        Db.update(
                "UPDATE intake_version SET assessed_on = ? WHERE client_id = ?",
                LocalDate.now().minusMonths(13),
                id(clear));
        refused(setup.book(clear, therapistId, swedish, start), 422, "intake_out_of_date");
        assertEquals(0, count("SELECT COUNT(*) FROM appointment WHERE therapist_id = ?", therapistId));
        setup.booked(pregnant, therapistId, swedish, start);
    }

    @Test
    void aDatedPostponementAllowsBookingFromItsDay() {
        // 11 weeks pregnant today: not before 13 weeks, in 14 days.
        String client = setup.client("expecting", "{'code':'PREGNANCY','weeks':11}");
        LocalDate today = LocalDate.now(BookingSetup.LONDON);
        refused(setup.book(client, therapistId, swedish, at(today.plusDays(7), "10:00")), 422, "screening_blocked");
        setup.booked(client, therapistId, swedish, at(today.plusDays(14), "10:00"));
    }

    @Test
    void beforeTheCutoffAClientCancelsAndMovesAndTheHistoryKeepsEveryStep() {
        String client = setup.client("changes", "");
        long cancelled = setup.booked(client, therapistId, swedish, at(day, "09:00"))
                .getJsonNumber("id")
                .longValue();
        HttpResponse<String> c =
                post("api/v1/appointments/" + cancelled + "/cancel", "{\"reason\":\"Away\"}", client, PW);
        assertEquals(200, c.statusCode(), c.body());
        assertEquals("CANCELLED", Http.json(c).getString("status"));
        assertTrue(setup.slots(therapistId, swedish, day).contains(at(day, "09:00")), "the slot is free again");
        refused(post("api/v1/appointments/" + cancelled + "/cancel", "{}", client, PW), 409, "not_booked");

        long moved = setup.booked(client, therapistId, swedish, at(day, "12:00"))
                .getJsonNumber("id")
                .longValue();
        refused(
                post(
                        "api/v1/appointments/" + moved + "/reschedule",
                        "{\"start\":\"" + at(day, "12:05") + "\"}",
                        client,
                        PW),
                400,
                "not_a_slot");
        HttpResponse<String> m = post(
                "api/v1/appointments/" + moved + "/reschedule",
                "{\"start\":\"" + at(day.plusDays(1), "12:00") + "\"}",
                client,
                PW);
        assertEquals(200, m.statusCode(), m.body());
        assertEquals(at(day.plusDays(1), "12:00").toString(), Http.json(m).getString("start"));
        assertTrue(setup.slots(therapistId, swedish, day).contains(at(day, "12:00")));
        JsonArray history = Http.array(http.get("api/v1/appointments/" + moved + "/history", therapist, PW));
        assertEquals(2, history.size());
        JsonObject change = history.getJsonObject(1);
        assertEquals("RESCHEDULED", change.getString("kind"));
        assertEquals(at(day, "12:00").toString(), change.getString("fromStart"));
        assertEquals(at(day.plusDays(1), "12:00").toString(), change.getString("toStart"));
        assertEquals(client, change.getString("by"));
        // Moving onto someone else's time is refused like booking it.
        String other = setup.client("other", "");
        setup.booked(other, therapistId, swedish, at(day, "16:00"));
        refused(
                post(
                        "api/v1/appointments/" + moved + "/reschedule",
                        "{\"start\":\"" + at(day, "16:30") + "\"}",
                        client,
                        PW),
                409,
                "slot_taken");
    }

    /** The first slot inside the cut-off: between 12 hours (the minimum notice) and 24 hours away. */
    private Instant insideTheCutoff() {
        LocalDate today = LocalDate.now(BookingSetup.LONDON);
        return java.util.stream.Stream.concat(
                        setup.slots(therapistId, swedish, today).stream(),
                        setup.slots(therapistId, swedish, today.plusDays(1)).stream())
                .filter(s -> s.isBefore(Instant.now().plus(Duration.ofHours(23))))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void pastTheCutoffOnlyThePracticeChangesAndALateCancellationIsRecorded() {
        String client = setup.client("late", "");
        long id = setup.booked(client, therapistId, swedish, insideTheCutoff())
                .getJsonNumber("id")
                .longValue();
        refused(post("api/v1/appointments/" + id + "/cancel", "{}", client, PW), 422, "past_cutoff");
        refused(
                post(
                        "api/v1/appointments/" + id + "/reschedule",
                        "{\"start\":\"" + at(day, "10:00") + "\"}",
                        client,
                        PW),
                422,
                "past_cutoff");
        HttpResponse<String> moved = post(
                "api/v1/appointments/" + id + "/reschedule",
                "{\"start\":\"" + insideTheCutoff() + "\"}",
                therapist,
                PW);
        assertEquals(200, moved.statusCode(), moved.body());
        HttpResponse<String> c =
                post("api/v1/appointments/" + id + "/cancel", "{\"reason\":\"Client phoned in sick\"}", therapist, PW);
        assertEquals(200, c.statusCode(), c.body());
        assertEquals("LATE_CANCELLED", Http.json(c).getString("status"));
        JsonArray history = Http.array(http.get("api/v1/appointments/" + id + "/history", client, PW));
        assertEquals("LATE_CANCELLED", history.getJsonObject(history.size() - 1).getString("kind"));
        assertEquals(therapist, history.getJsonObject(history.size() - 1).getString("by"));
        assertEquals(
                "Client phoned in sick",
                history.getJsonObject(history.size() - 1).getString("reason"));

        long other = setup.booked(client, therapistId, swedish, insideTheCutoff())
                .getJsonNumber("id")
                .longValue();
        HttpResponse<String> byAdmin = post("api/v1/appointments/" + other + "/cancel", "{}", ADMIN, ADMIN_PW);
        assertEquals("LATE_CANCELLED", Http.json(byAdmin).getString("status"), byAdmin.body());
    }

    @Test
    void theTherapistMarksANoShowOnceTheAppointmentHasStarted() {
        String client = setup.client("absent", "");
        long id = setup.booked(client, therapistId, swedish, at(day, "17:00"))
                .getJsonNumber("id")
                .longValue();
        refused(post("api/v1/appointments/" + id + "/no-show", "{}", therapist, PW), 422, "not_started");
        Db.update(
                "UPDATE appointment SET starts_at = ?, ends_at = ?, busy_until = ? WHERE id = ?",
                java.sql.Timestamp.valueOf("2026-01-05 10:00:00"),
                java.sql.Timestamp.valueOf("2026-01-05 11:00:00"),
                java.sql.Timestamp.valueOf("2026-01-05 11:15:00"),
                id);
        assertEquals(
                403,
                post("api/v1/appointments/" + id + "/no-show", "{}", client, PW).statusCode());
        refused(post("api/v1/appointments/" + id + "/cancel", "{}", therapist, PW), 422, "already_started");
        String stranger = setup.therapist("stranger", "'SWEDISH'");
        refused(post("api/v1/appointments/" + id + "/no-show", "{}", stranger, PW), 404, "no_appointment");
        HttpResponse<String> r = post("api/v1/appointments/" + id + "/no-show", "{}", therapist, PW);
        assertEquals(200, r.statusCode(), r.body());
        assertEquals("NO_SHOW", Http.json(r).getString("status"));
    }

    @Test
    void appointmentsAreSeenAndChangedOnlyByTheirClientTheirTherapistAndAdmins() {
        String client = setup.client("owner", "");
        long id = setup.booked(client, therapistId, swedish, at(day, "19:00"))
                .getJsonNumber("id")
                .longValue();
        String otherClient = setup.client("nosy", "");
        String otherTherapist = setup.therapist("nosy", "'SWEDISH'");
        for (String who : List.of(otherClient, otherTherapist)) {
            refused(http.get("api/v1/appointments/" + id, who, PW), 404, "no_appointment");
            refused(http.get("api/v1/appointments/" + id + "/history", who, PW), 404, "no_appointment");
            refused(post("api/v1/appointments/" + id + "/cancel", "{}", who, PW), 404, "no_appointment");
            refused(
                    post(
                            "api/v1/appointments/" + id + "/reschedule",
                            "{\"start\":\"" + at(day, "20:00") + "\"}",
                            who,
                            PW),
                    404,
                    "no_appointment");
            assertFalse(http.get(appointments(day, day), who, PW).body().contains("\"id\":" + id + ","));
        }
        assertEquals(401, http.get("api/v1/appointments").statusCode());
        assertEquals(
                401,
                http.postJson("api/v1/appointments/" + id + "/cancel", "{}").statusCode());
        assertEquals(200, http.get("api/v1/appointments/" + id, client, PW).statusCode());
        assertEquals(200, http.get("api/v1/appointments/" + id, therapist, PW).statusCode());
        assertTrue(http.get(appointments(day, day), ADMIN, ADMIN_PW).body().contains("\"id\":" + id + ","));
        refused(http.get("api/v1/appointments?from=" + day + "&to=" + day.minusDays(1), client, PW), 400, "invalid_to");
        refused(http.get("api/v1/appointments?from=soon", client, PW), 400, "invalid_from");
        assertNotNull(Http.json(http.get("api/v1/appointments/" + id, ADMIN, ADMIN_PW))
                .getString("status"));
    }
}
