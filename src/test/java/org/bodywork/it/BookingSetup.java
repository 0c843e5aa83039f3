package org.bodywork.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.http.HttpResponse;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Sets up a practice for booking tests through the real API: a verified, insured therapist working
 * every day from 00:00 to 23:45, clients with a health form, and services. Each call makes new data.
 */
public final class BookingSetup {

    public static final String PW = Deployments.PASSWORD;
    public static final String ADMIN = Deployments.ADMIN_EMAIL;
    public static final String ADMIN_PW = Deployments.ADMIN_PASSWORD;
    public static final ZoneId LONDON = ZoneId.of("Europe/London");
    public static final String CONSENT = "'consent':{'treatment':true,'healthData':true}";

    /** Every pair of a therapist's active appointments that overlap, buffers included. */
    public static final String OVERLAPS = "SELECT COUNT(*) FROM appointment a JOIN appointment b"
            + " ON a.therapist_id = b.therapist_id AND a.id < b.id"
            + " AND a.starts_at < b.busy_until AND b.starts_at < a.busy_until"
            + " WHERE a.status IN ('BOOKED', 'NO_SHOW') AND b.status IN ('BOOKED', 'NO_SHOW')";

    final Http http;

    public BookingSetup(Http http) {
        this.http = http;
    }

    /** A therapist verified and insured for the techniques (e.g. "'SWEDISH','SHIATSU'"), working all week. */
    public String therapist(String who, String techniques) {
        String email = http.registerTherapist(who);
        HttpResponse<String> q = http.postJson(
                "api/v1/therapists/me/qualifications",
                ("{'title':'Diploma in Massage','awardingBody':'ITEC','level':'Level 3 Diploma',"
                                + "'awardedOn':'2020-06-01','techniques':[" + techniques + "]}")
                        .replace('\'', '"'),
                email,
                PW);
        assertEquals(201, q.statusCode(), q.body());
        HttpResponse<String> i = http.postJson(
                "api/v1/therapists/me/insurance",
                ("{'insurer':'Balens','policyNumber':'BAL-1','coverPounds':6000000,'validFrom':'2026-01-01',"
                                + "'validTo':'" + LocalDate.now().plusYears(1) + "'}")
                        .replace('\'', '"'),
                email,
                PW);
        assertEquals(201, i.statusCode(), i.body());
        verify("qualifications", q);
        verify("insurance", i);
        String week = Stream.of(DayOfWeek.values())
                .map(d -> "{'day':'" + d + "','start':'00:00','end':'23:45'}")
                .collect(Collectors.joining(",", "[", "]"));
        HttpResponse<String> hours = http.send("PUT", "api/v1/therapists/me/hours", week.replace('\'', '"'), email, PW);
        assertEquals(200, hours.statusCode(), hours.body());
        return email;
    }

    private void verify(String type, HttpResponse<String> record) {
        long id = Http.json(record).getJsonNumber("id").longValue();
        HttpResponse<String> r =
                http.postJson("api/v1/admin/" + type + "/" + id + "/verify", Http.seen(record), ADMIN, ADMIN_PW);
        assertEquals(200, r.statusCode(), r.body());
    }

    /** A client whose health form has the conditions, e.g. "{'code':'FEVER'}"; null sends no form. */
    public String client(String who, String conditions) {
        String email = http.registerClient(who);
        if (conditions != null) {
            intake(email, "'conditions':[" + conditions + "]");
        }
        return email;
    }

    public void intake(String email, String answers) {
        HttpResponse<String> r = http.send(
                "PUT",
                "api/v1/clients/me/intake",
                ("{'dateOfBirth':'1985-04-12'," + answers + "," + CONSENT + "}").replace('\'', '"'),
                email,
                PW);
        assertEquals(200, r.statusCode(), r.body());
    }

    /** A new service on the menu; returns its id. */
    public long service(String technique, int minutes, int buffer) {
        String body = "{'name':'" + technique + " " + minutes + " " + UUID.randomUUID() + "','technique':'" + technique
                + "','minutes':" + minutes + ",'pricePence':5000,'bufferMinutes':" + buffer + "}";
        HttpResponse<String> r = http.postJson("api/v1/services", body.replace('\'', '"'), ADMIN, ADMIN_PW);
        assertEquals(201, r.statusCode(), r.body());
        return Http.json(r).getJsonNumber("id").longValue();
    }

    public static long id(String email) {
        return Long.parseLong(Db.one("SELECT id FROM account WHERE email = ?", email));
    }

    /** The free starts of a therapist for a service on a day. */
    public List<Instant> slots(long therapist, long service, LocalDate day) {
        HttpResponse<String> r = http.get("api/v1/therapists/" + therapist + "/availability?serviceId=" + service
                + "&from=" + day + "&to=" + day);
        assertEquals(200, r.statusCode(), r.body());
        return Http.array(r).stream()
                .map(JsonValue::asJsonObject)
                .map(o -> Instant.parse(o.getString("start")))
                .toList();
    }

    /** A start on a day at a wall-clock time. */
    public static Instant at(LocalDate day, String time) {
        return day.atTime(java.time.LocalTime.parse(time)).atZone(LONDON).toInstant();
    }

    public HttpResponse<String> book(String client, long therapist, long service, Instant start) {
        return http.postJson(
                "api/v1/appointments",
                "{\"therapistId\":" + therapist + ",\"serviceId\":" + service + ",\"start\":\"" + start + "\"}",
                client,
                PW);
    }

    /**
     * Moves a booked hour-long appointment to start at {@code start}, usually in the past, as if it
     * had taken place: the API never books into the past, so this goes straight to the database.
     */
    public static void tookPlace(long appointment, Instant start) {
        java.sql.Timestamp from = utc(start);
        java.sql.Timestamp to = utc(start.plusSeconds(3600));
        org.bodywork.it.Db.update(
                "UPDATE appointment SET starts_at = ?, ends_at = ?, busy_until = ? WHERE id = ?",
                from,
                to,
                to,
                appointment);
    }

    /** A time as the database columns hold it: UTC, without a zone. */
    public static java.sql.Timestamp utc(Instant instant) {
        return java.sql.Timestamp.valueOf(java.time.LocalDateTime.ofInstant(instant, java.time.ZoneOffset.UTC));
    }

    /**
     * The therapist's note on an appointment that has taken place: a draft when {@code complete} is
     * null, else filled in with it (JSON with ' for ") and signed. Returns the note.
     */
    public long note(String therapist, long appointment, String complete) {
        HttpResponse<String> r = http.postJson("api/v1/appointments/" + appointment + "/note", "", therapist, PW);
        assertEquals(201, r.statusCode(), r.body());
        long note = Http.json(r).getJsonNumber("id").longValue();
        if (complete != null) {
            HttpResponse<String> put =
                    http.send("PUT", "api/v1/notes/" + note, complete.replace('\'', '"'), therapist, PW);
            assertEquals(200, put.statusCode(), put.body());
            HttpResponse<String> sign = http.postJson("api/v1/notes/" + note + "/sign", "", therapist, PW);
            assertEquals(200, sign.statusCode(), sign.body());
        }
        return note;
    }

    /** Books and expects it to work; returns the appointment. */
    public JsonObject booked(String client, long therapist, long service, Instant start) {
        HttpResponse<String> r = book(client, therapist, service, start);
        assertEquals(201, r.statusCode(), r.body());
        return Http.json(r);
    }
}
