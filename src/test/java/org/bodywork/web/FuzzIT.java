package org.bodywork.web;

import static org.bodywork.it.BookingSetup.PW;
import static org.bodywork.it.BookingSetup.at;
import static org.bodywork.it.BookingSetup.id;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
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

/**
 * Thousands of random and hostile bodies to the intake, booking and note APIs: valid requests with
 * one value swapped for something nasty, keys dropped or added, JSON cut short or garbled. No answer
 * may be a 5xx, and a refused request must leave nothing behind. The seed is fixed, so a failure
 * can be replayed; {@code -Dfuzz.seed=} tries others and {@code -Dfuzz.rounds=} more.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class FuzzIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.app();
    }

    @ArquillianResource
    URL url;

    private static final long SEED = Long.getLong("fuzz.seed", 20261124L);
    private static final int ROUNDS = Integer.getInteger("fuzz.rounds", 700);

    /** Values no form should take quietly, each already written as JSON. */
    private static final List<String> HOSTILE = List.of(
            "null",
            "\"\"",
            "\" \"",
            "\"' OR '1'='1\"",
            "\"1; DROP TABLE account; --\"",
            "\"<script>alert(1)</script>\"",
            "\"\\u0000\"",
            "\"\\ud83d\\ude00\"",
            "\"\\ud800\"",
            "\"../../../../etc/passwd\"",
            "\"%s%s%n\"",
            "\"${jndi:ldap://x/}\"",
            "\"#{1+1}\"",
            "-1",
            "0",
            "2147483648",
            "9223372036854775808",
            "1e308",
            "-0.5",
            "true",
            "[]",
            "{}",
            "[null]",
            "{\"a\":{\"b\":{\"c\":[1,2,{\"d\":null}]}}}",
            "\"2027-02-30\"",
            "\"0000-01-01\"",
            "\"9999-12-31T23:59:59Z\"",
            "\"NECK\"",
            "[\"NOT_AN_AREA\"]",
            "\"" + "x".repeat(70_000) + "\"",
            "[" + "[".repeat(400) + "]".repeat(400) + "]");

    private Http http;
    private Random random;

    @Test
    void theIntakeApiNeverFailsAndKeepsNothingItRefuses() {
        http = new Http(url);
        random = new Random(SEED);
        String client = http.registerClient("fuzzintake");
        String valid = "{'dateOfBirth':'1985-04-12','conditions':[{'code':'BRUISES','areas':['LOWER_BACK'],"
                + "'since':'" + LocalDate.now().minusDays(2) + "'}],'medications':'None','goals':'Relax',"
                + "'consent':{'treatment':true,'healthData':true}}";
        fuzz(
                valid,
                body -> http.send("PUT", "api/v1/clients/me/intake", body, client, PW),
                () -> Db.one("SELECT COUNT(*) FROM intake_version WHERE client_id = ?", id(client)));
    }

    @Test
    void theBookingApiNeverFailsAndBooksNothingItRefuses() {
        http = new Http(url);
        random = new Random(SEED + 1);
        BookingSetup setup = new BookingSetup(http);
        String therapist = setup.therapist("fuzzbook", "'SWEDISH'");
        long service = setup.service("SWEDISH", 60, 0);
        String client = setup.client("fuzzbook", "");
        Instant start = at(LocalDate.now(BookingSetup.LONDON).plusDays(6), "10:00");
        String valid = "{'therapistId':" + id(therapist) + ",'serviceId':" + service + ",'start':'" + start + "'}";
        fuzz(
                valid,
                body -> http.postJson("api/v1/appointments", body, client, PW),
                () -> Db.one("SELECT COUNT(*) FROM appointment WHERE client_id = ?", id(client)));
    }

    @Test
    void theNoteApiNeverFailsAndChangesNothingItRefuses() {
        http = new Http(url);
        random = new Random(SEED + 2);
        BookingSetup setup = new BookingSetup(http);
        String therapist = setup.therapist("fuzznote", "'SWEDISH'");
        long service = setup.service("SWEDISH", 60, 0);
        String client = setup.client("fuzznote", "");
        long appointment = setup.booked(
                        client,
                        id(therapist),
                        service,
                        at(LocalDate.now(BookingSetup.LONDON).plusDays(6), "12:00"))
                .getJsonNumber("id")
                .longValue();
        Instant yesterday = Instant.now().minusSeconds(86_400);
        BookingSetup.tookPlace(appointment, yesterday);
        HttpResponse<String> started = http.postJson("api/v1/appointments/" + appointment + "/note", "", therapist, PW);
        assertEquals(201, started.statusCode(), started.body());
        long note = Http.json(started).getJsonNumber("id").longValue();
        String valid = "{'clientWords':'Tight shoulders','painBefore':6,'healthChanged':false,"
                + "'areas':['NECK','SHOULDERS'],'techniques':['SWEDISH'],'pressure':'MEDIUM','minutes':55,"
                + "'response':'Eased well','painAfter':2,'nextSteps':'Two weeks','homeCare':'Stretches',"
                + "'overrides':{'AREA:NECK':'Asked for'}}";
        fuzz(
                valid,
                body -> http.send("PUT", "api/v1/notes/" + note, body, therapist, PW),
                () -> Db.one(
                        "SELECT CONCAT_WS('|', version, client_words, pain_before, pain_after, minutes, pressure,"
                                + " response, next_steps, home_care) FROM session_note WHERE id = ?",
                        note));
    }

    /**
     * Sends {@code ROUNDS} variations of a valid body; none may answer 5xx, and whatever {@code state}
     * reads must not change on a refused request.
     */
    private void fuzz(
            String valid, Function<String, HttpResponse<String>> send, java.util.function.Supplier<String> state) {
        String json = valid.replace('\'', '"');
        List<String> failures = new ArrayList<>();
        int refused = 0;
        for (int round = 0; round < ROUNDS; round++) {
            String body = mutate(json);
            String before = state.get();
            HttpResponse<String> r;
            try {
                r = send.apply(body);
            } catch (java.io.UncheckedIOException e) {
                // No answer at all (seen late in CI runs, issue 20): name the body, so it can be replayed.
                failures.add("no answer (" + e.getCause() + ") for " + shorten(body));
                continue;
            }
            if (r.statusCode() >= 500) {
                failures.add(r.statusCode() + " for " + shorten(body) + ": " + shorten(r.body()));
            } else if (r.statusCode() >= 400) {
                refused++;
                if (!before.equals(state.get())) {
                    failures.add("refused with " + r.statusCode() + " but stored something: " + shorten(body));
                }
                if (!r.body().startsWith("{\"error\"")) {
                    failures.add("a refusal that is not the API's JSON error: " + shorten(r.body()));
                }
            }
        }
        assertTrue(
                failures.isEmpty(),
                failures.size() + " bad answers (seed " + SEED + "):\n" + String.join("\n", failures));
        assertTrue(refused > ROUNDS / 2, "most variations are refused: " + refused + " of " + ROUNDS);
    }

    /** One hostile change to a valid JSON object. */
    private String mutate(String json) {
        List<int[]> values = values(json);
        int[] v = values.get(random.nextInt(values.size()));
        return switch (random.nextInt(10)) {
            case 0 -> json.substring(0, random.nextInt(json.length())); // cut short
            case 1 -> garble(json);
            case 2 -> json.substring(0, v[0]) + "\"extra\":1," + json.substring(v[0]); // unknown key
            case 3 -> "[" + json + "]";
            default -> json.substring(0, v[1]) + HOSTILE.get(random.nextInt(HOSTILE.size())) + json.substring(v[2]);
        };
    }

    private String garble(String json) {
        char[] chars = json.toCharArray();
        for (int i = 0; i < 3; i++) {
            chars[random.nextInt(chars.length)] = "{}[]\",:\\ x0".charAt(random.nextInt(11));
        }
        return new String(chars);
    }

    /** Where each top-level key's value sits in the object: {key start, value start, value end}. */
    private static List<int[]> values(String json) {
        List<int[]> found = new ArrayList<>();
        int depth = 0;
        int keyStart = -1;
        int valueStart = -1;
        boolean inString = false;
        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            if (inString) {
                if (c == '\\') {
                    i++;
                } else if (c == '"') {
                    inString = false;
                }
                continue;
            }
            if (c == '"') {
                inString = true;
                if (depth == 1 && valueStart < 0) {
                    keyStart = i;
                }
            } else if (c == '{' || c == '[') {
                depth++;
            } else if (c == ':' && depth == 1) {
                valueStart = i + 1;
            } else if ((c == ',' && depth == 1) || ((c == '}' || c == ']') && depth == 1)) {
                if (valueStart >= 0) {
                    found.add(new int[] {keyStart, valueStart, i});
                }
                valueStart = -1;
                if (c != ',') {
                    depth--;
                }
            } else if (c == '}' || c == ']') {
                depth--;
            }
        }
        return found;
    }

    private static String shorten(String s) {
        return s.length() > 200 ? s.substring(0, 200) + "..." : s;
    }
}
