package org.bodywork.web;

import static org.bodywork.it.BookingSetup.ADMIN;
import static org.bodywork.it.BookingSetup.ADMIN_PW;
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
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bodywork.it.BookingSetup;
import org.bodywork.it.Db;
import org.bodywork.it.Deployments;
import org.bodywork.it.Http;
import org.bodywork.it.Pages;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every API endpoint, for every kind of caller: anonymous, the client whose records they are,
 * another client, the treating therapist, another therapist, and an admin. One table; an endpoint
 * in /openapi without a row fails the build, so a new endpoint cannot ship untested.
 *
 * <p>Each cell says what the caller must get: A allowed (any answer but 401, 403, 404 or a 5xx:
 * a 400 for a body it dislikes, say, shows the rules were reached), U 401, F 403, N 404, D 403 or
 * 404 (another's record: either refusal, as long as nothing is shown). Columns, in order: anonymous,
 * client, other client, therapist, other therapist, admin.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AuthorizationMatrixIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.app();
    }

    @ArquillianResource
    URL url;

    private Http http;
    private BookingSetup setup;
    private String chris;
    private String cara;
    private String tess;
    private String tom;
    private long swedish;
    private int slots;
    private int attended;

    private record Row(String method, String path, String body, String expected) {}

    private static final String INTAKE =
            "{'dateOfBirth':'1985-04-12','conditions':[],'consent':{'treatment':true,'healthData':true}}";
    private static final String SERVICE =
            "{'name':'Matrix massage','technique':'SWEDISH','minutes':30,'pricePence':3000,'bufferMinutes':0,"
                    + "'active':true}";
    private static final String QUALIFICATION = "{'title':'Diploma','awardingBody':'ITEC','level':'Level 3',"
            + "'awardedOn':'2020-06-01','techniques':['SWEDISH']}";
    private static final String COMPLETE = "{'clientWords':'Tight','painBefore':6,'healthChanged':false,"
            + "'areas':['NECK'],'techniques':['SWEDISH'],'pressure':'MEDIUM','minutes':55,'response':'Eased',"
            + "'painAfter':2,'nextSteps':'Two weeks','homeCare':'Stretches'}";

    private static final List<Row> TABLE = List.of(
            new Row("GET", "/me", null, "UAAAAA"),
            new Row("POST", "/accounts", "{newAccount}", "AAAAAA"),
            // A token nobody was sent: refused (400) for anyone, confirming nothing.
            new Row("POST", "/accounts/confirmation", "{'token':'not-a-token'}", "AAAAAA"),
            new Row("POST", "/me/confirmation", null, "UAAAAA"),
            // Reading one's own reminder setting is harmless for anyone; only clients may change it.
            new Row("GET", "/me/preferences", null, "UAAAAA"),
            // With a wrong current password: the rules are reached (400) and nothing changes.
            new Row("PUT", "/me/password", "{'currentPassword':'not-it','newPassword':'a new passphrase'}", "UAAAAA"),
            // Without a name: refused (400) before any password is checked.
            new Row("POST", "/tokens", "{'name':''}", "AAAAAA"),
            new Row("GET", "/tokens", null, "UAAAAA"),
            new Row("DELETE", "/tokens/{token}", null, "UADDDD"),
            new Row("PUT", "/me/email", "{'email':'matrix@example.org','password':'not-it'}", "UAAAAA"),
            new Row("PUT", "/me/preferences", "{'reminders':true}", "UAAFFF"),
            new Row("GET", "/me/record-access", null, "UAAFFF"),
            new Row("GET", "/me/export", null, "UAAFFF"),
            new Row("GET", "/me/erasure", null, "UAAFFF"),
            // A wrong password: the rules are reached (400) and nobody's account is closed.
            new Row("POST", "/me/erasure", "{'password':'not-it'}", "UAAFFF"),
            new Row("GET", "/clients/me/intake", null, "UAAFFF"),
            new Row("PUT", "/clients/me/intake", INTAKE, "UAAFFF"),
            new Row("POST", "/screenings/evaluate", "{'dateOfBirth':'1990-01-01'}", "UAAAAA"),
            new Row("GET", "/therapists", null, "AAAAAA"),
            new Row("GET", "/therapists/{therapist}/availability?serviceId={service}", null, "AAAAAA"),
            new Row("GET", "/services", null, "AAAAAA"),
            new Row("POST", "/services", SERVICE, "UFFFFA"),
            new Row("PUT", "/services/{service}", SERVICE, "UFFFFA"),
            new Row("GET", "/services/{service}/availability?from={today}&to={today}", null, "AAAAAA"),
            new Row("GET", "/therapists/me/hours", null, "UFFAAF"),
            new Row("PUT", "/therapists/me/hours", "{week}", "UFFAAF"),
            new Row("GET", "/therapists/me/calendar", null, "UFFAAF"),
            new Row("POST", "/therapists/me/calendar/renew", null, "UFFAAF"),
            new Row("GET", "/therapists/me/qualifications", null, "UFFAAF"),
            new Row("POST", "/therapists/me/qualifications", QUALIFICATION, "UFFAAF"),
            new Row("PUT", "/therapists/me/qualifications/{qualification}", QUALIFICATION, "UFFADF"),
            new Row(
                    "POST",
                    "/therapists/me/insurance",
                    "{'insurer':'Balens','policyNumber':'B-1','coverPounds':6000000,'validFrom':'2026-01-01',"
                            + "'validTo':'{nextYear}'}",
                    "UFFAAF"),
            new Row("PUT", "/therapists/me/qualifications/{qualification}/evidence/{fileName}", "{pdf}", "UFFADF"),
            new Row("GET", "/therapists/evidence/{file}", null, "UFFADA"),
            new Row("GET", "/therapists/me/expiring", null, "UFFAAF"),
            new Row("GET", "/admin/qualifications?status=PENDING", null, "UFFFFA"),
            new Row("GET", "/admin/expiring", null, "UFFFFA"),
            new Row("POST", "/admin/expiring/notify", null, "UFFFFA"),
            new Row("POST", "/admin/digest", null, "UFFFFA"),
            new Row("POST", "/admin/qualifications/{freshQualification}/verify", "{'version':1}", "UFFFFA"),
            new Row(
                    "POST",
                    "/admin/qualifications/{freshQualification}/reject",
                    "{'version':1,'reason':'Unreadable'}",
                    "UFFFFA"),
            // Tom does not look after Chris: the admin's answer is 400 (nothing to end), and nobody's care ends.
            new Row("DELETE", "/admin/clients/{client}/therapists/{tom}", null, "UFFFFA"),
            new Row("POST", "/admin/accounts/{freshStaff}/deactivate", null, "UFFFFA"),
            new Row("POST", "/admin/accounts/{freshStaff}/reactivate", null, "UFFFFA"),
            new Row("POST", "/admin/accounts/{freshStaff}/reset-two-step", null, "UFFFFA"),
            new Row("GET", "/admin/outbox", null, "UFFFFA"),
            new Row("POST", "/admin/outbox/send", null, "UFFFFA"),
            new Row("POST", "/admin/outbox/{outbox}/retry", null, "UFFFFA"),
            new Row("GET", "/admin/audit", null, "UFFFFA"),
            new Row("GET", "/admin/erasures", null, "UFFFFA"),
            new Row("POST", "/admin/erasures/{freshErasure}/carry-out", null, "UFFFFA"),
            new Row("POST", "/admin/erasures/due", null, "UFFFFA"),
            new Row(
                    "POST",
                    "/appointments",
                    "{'therapistId':{therapist},'serviceId':{service},'start':'{slot}'}",
                    "UAAFFF"),
            new Row("GET", "/appointments", null, "UAAAAA"),
            new Row("GET", "/appointments/{appointment}", null, "UADADA"),
            new Row("GET", "/appointments/{appointment}/history", null, "UADADA"),
            new Row("POST", "/appointments/{freshAppointment}/cancel", "{'reason':'Matrix'}", "UADADA"),
            new Row("POST", "/appointments/{freshAppointment}/reschedule", "{'start':'{slot}'}", "UADADA"),
            new Row("POST", "/appointments/{freshAttended}/no-show", null, "UFDADA"),
            new Row("POST", "/appointments/{freshAttended}/note", null, "UFDADF"),
            new Row("GET", "/clients/{client}/notes", null, "UADADF"),
            new Row("GET", "/clients/{client}/notes/pdf", null, "UADADF"),
            new Row("GET", "/notes/{note}", null, "UDDADD"),
            new Row("PUT", "/notes/{note}", "{'painBefore':5}", "UDDADD"),
            new Row("POST", "/notes/{freshNote}/sign", null, "UDDADD"),
            new Row("POST", "/notes/{signedNote}/amendments", "{'text':'Correction','reason':'Misheard'}", "UDDADD"),
            new Row("GET", "/notes/{signedNote}/pdf", null, "UADADD"));

    /**
     * Every page (and file download) for the same six callers. Cells: A the page (200), L sent to
     * sign in, F 403, D 403 or 404 (another's record).
     */
    private static final List<Row> PAGES = List.of(
            new Row("GET", "/", null, "AAAAAA"),
            new Row("GET", "/login", null, "AAAAAA"),
            new Row("GET", "/login-code", null, "LLLLLL"),
            new Row("GET", "/register", null, "AAAAAA"),
            new Row("GET", "/confirm?token=not-a-token", null, "AAAAAA"),
            new Row("GET", "/therapists/", null, "AAAAAA"),
            new Row("GET", "/error/403", null, "AAAAAA"),
            new Row("GET", "/error/404", null, "AAAAAA"),
            new Row("GET", "/error/500", null, "AAAAAA"),
            new Row("GET", "/error/expired", null, "AAAAAA"),
            new Row("GET", "/account/security", null, "LAAAAA"),
            new Row("GET", "/account/details", null, "LAAAAA"),
            new Row("GET", "/client/", null, "LAAFFF"),
            new Row("GET", "/client/access", null, "LAAFFF"),
            new Row("GET", "/client/export", null, "LAAFFF"),
            new Row("GET", "/client/erasure", null, "LAAFFF"),
            new Row("GET", "/intake/form", null, "LAAFFF"),
            new Row("GET", "/intake/result", null, "LAAFFF"),
            new Row("GET", "/booking/book", null, "LAAFFF"),
            new Row("GET", "/booking/appointments", null, "LAAFFF"),
            new Row("GET", "/notes/client?id={client}", null, "LADADF"),
            new Row("GET", "/notes/view?id={signedNote}", null, "LADADF"),
            new Row("GET", "/notes/edit?id={note}", null, "LDDADF"),
            new Row("GET", "/notes/pdf?id={signedNote}", null, "LADADF"),
            new Row("GET", "/notes/pdf?client={client}", null, "LADADF"),
            new Row("GET", "/therapist/", null, "LFFAAF"),
            new Row("GET", "/therapist/diary", null, "LFFAAF"),
            new Row("GET", "/therapist/hours", null, "LFFAAF"),
            new Row("GET", "/therapist/clients", null, "LFFAAF"),
            new Row("GET", "/therapist/qualifications", null, "LFFAAF"),
            new Row("GET", "/therapist/profile", null, "LFFAAF"),
            new Row("GET", "/therapist/client?id={client}", null, "LFFADF"),
            new Row("GET", "/therapist/clearance?id={client}", null, "LFFADF"),
            new Row("GET", "/files/evidence?id={file}", null, "LFFADA"),
            new Row("GET", "/admin/", null, "LFFFFA"),
            new Row("GET", "/admin/accounts", null, "LFFFFA"),
            new Row("GET", "/admin/assignments", null, "LFFFFA"),
            new Row("GET", "/admin/audit", null, "LFFFFA"),
            new Row("GET", "/admin/erasures", null, "LFFFFA"),
            new Row("GET", "/admin/diary", null, "LFFFFA"),
            new Row("GET", "/admin/outbox", null, "LFFFFA"),
            new Row("GET", "/admin/screening-rules", null, "LFFFFA"),
            new Row("GET", "/admin/services", null, "LFFFFA"),
            new Row("GET", "/admin/verification", null, "LFFFFA"));

    @Test
    void everyEndpointAnswersEveryKindOfCallerAsTheTableSays() {
        http = new Http(url);
        setup = new BookingSetup(http);
        tess = setup.therapist("matrix", "'SWEDISH'");
        tom = setup.therapist("matrixother", "'SWEDISH'");
        swedish = setup.service("SWEDISH", 60, 0);
        chris = setup.client("matrix", "");
        cara = setup.client("matrixother", "");
        String[][] callers = {{}, {chris, PW}, {cara, PW}, {tess, PW}, {tom, PW}, {ADMIN, ADMIN_PW}};
        String[] names = {"anonymous", "client", "other client", "therapist", "other therapist", "admin"};

        List<String> wrong = new ArrayList<>();
        for (Row row : TABLE) {
            for (int who = 0; who < callers.length; who++) {
                Answer r = call(row, callers[who]);
                char want = row.expected().charAt(who);
                if (!fits(want, r.statusCode())) {
                    wrong.add(row.method() + " " + row.path() + " as " + names[who] + ": wanted " + want + ", got "
                            + r.statusCode() + " "
                            + r.body().substring(0, Math.min(160, r.body().length())));
                }
            }
        }
        assertTrue(wrong.isEmpty(), wrong.size() + " cells differ from the table:\n" + String.join("\n", wrong));
    }

    @Test
    void everyEndpointInTheApiHasARow() {
        http = new Http(url);
        String openapi = http.getRoot("openapi").body();
        Set<String> documented = new TreeSet<>();
        String path = null;
        for (String line : openapi.split("\n")) {
            Matcher p = Pattern.compile("^  '?(/[^']*?)'?:\\s*$").matcher(line);
            Matcher m =
                    Pattern.compile("^    (get|put|post|delete|patch):\\s*$").matcher(line);
            if (p.find()) {
                path = p.group(1).replaceFirst("^/api/v1", "");
            } else if (m.find() && path != null) {
                documented.add(m.group(1).toUpperCase() + " " + template(path));
            }
        }
        assertTrue(
                documented.size() > 40,
                "read the endpoints from /openapi: " + documented + "\n"
                        + openapi.substring(0, Math.min(3000, openapi.length())));
        Set<String> rows = new TreeSet<>();
        for (Row row : TABLE) {
            rows.add(row.method() + " " + template(row.path().replaceFirst("\\?.*", "")));
        }
        Set<String> missing = new TreeSet<>(documented);
        missing.removeAll(rows);
        assertEquals(Set.of(), missing, "endpoints without a row in the table");
    }

    @Test
    void everyPageAnswersEveryKindOfCallerAsTheTableSays() {
        http = new Http(url);
        setup = new BookingSetup(http);
        tess = setup.therapist("pages", "'SWEDISH'");
        tom = setup.therapist("pagesother", "'SWEDISH'");
        swedish = setup.service("SWEDISH", 60, 0);
        chris = setup.client("pages", "");
        cara = setup.client("pagesother", "");
        once("signedNote", this::signedNote); // Tess now looks after Chris
        Pages[] callers = {
            new Pages(http.base()),
            Pages.signedIn(http.base(), chris, PW),
            Pages.signedIn(http.base(), cara, PW),
            Pages.signedIn(http.base(), tess, PW),
            Pages.signedIn(http.base(), tom, PW),
            Pages.signedIn(http.base(), ADMIN, ADMIN_PW)
        };
        String[] names = {"anonymous", "client", "other client", "therapist", "other therapist", "admin"};
        List<String> wrong = new ArrayList<>();
        for (Row row : PAGES) {
            String path = fill(row.path()).substring(1);
            for (int who = 0; who < callers.length; who++) {
                HttpResponse<String> r = callers[who].get(path);
                char want = row.expected().charAt(who);
                boolean toLogin = r.statusCode() == 302
                        && r.headers().firstValue("Location").orElse("").contains("/login");
                boolean fits = switch (want) {
                    case 'A' -> r.statusCode() == 200;
                    case 'L' -> toLogin;
                    case 'F' -> r.statusCode() == 403;
                    case 'D' -> r.statusCode() == 403 || r.statusCode() == 404;
                    default -> throw new IllegalArgumentException("no such cell: " + want);
                };
                if (!fits) {
                    wrong.add(row.path() + " as " + names[who] + ": wanted " + want + ", got " + r.statusCode() + " "
                            + r.headers().firstValue("Location").orElse(""));
                }
            }
        }
        assertTrue(wrong.isEmpty(), wrong.size() + " cells differ from the table:\n" + String.join("\n", wrong));
    }

    @Test
    void everyPageHasARow() {
        Set<String> pages = webappPages();
        assertTrue(pages.size() > 30, pages.toString());
        Set<String> rows = new TreeSet<>();
        PAGES.forEach(r -> rows.add(r.path().replaceFirst("\\?.*", "")));
        pages.removeAll(rows);
        assertEquals(Set.of(), pages, "pages without a row in the table");
    }

    /** Every page in src/main/webapp, by the address it is asked for ("/admin/index" is "/admin/"). */
    static Set<String> webappPages() {
        Set<String> pages = new TreeSet<>();
        java.nio.file.Path root = java.nio.file.Paths.get("src/main/webapp");
        try (var files = java.nio.file.Files.walk(root)) {
            files.map(f -> "/" + root.relativize(f).toString().replace('\\', '/'))
                    .filter(f -> f.endsWith(".xhtml") && !f.startsWith("/WEB-INF/"))
                    .map(f -> f.substring(0, f.length() - ".xhtml".length()))
                    .map(f -> f.replaceFirst("/index$", "/"))
                    .forEach(pages::add);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return pages;
    }

    /** "/notes/{signedNote}/pdf" and "/notes/{id}/pdf" are the same endpoint. */
    private static String template(String path) {
        return path.replaceAll("\\{[^}]*\\}", "{}")
                .replaceAll("/(qualifications|insurance)/\\{\\}/(verify|reject)", "/{}/{}/$2")
                .replaceAll("/me/(qualifications|insurance)/\\{\\}/evidence", "/me/{}/{}/evidence");
    }

    private static boolean fits(char want, int status) {
        return switch (want) {
            case 'A' -> status != 401 && status != 403 && status != 404 && status < 500;
            case 'U' -> status == 401;
            case 'F' -> status == 403;
            case 'N' -> status == 404;
            case 'D' -> status == 403 || status == 404;
            default -> throw new IllegalArgumentException("no such cell: " + want);
        };
    }

    /** What came back: the status, and the start of the body for the report. */
    private record Answer(int statusCode, String body) {
        static Answer of(HttpResponse<String> r) {
            return new Answer(r.statusCode(), r.body());
        }
    }

    private Answer call(Row row, String[] caller) {
        String path = "api/v1" + fill(row.path());
        if ("{pdf}".equals(row.body())) {
            return Answer.of(http.putBytes(path, "application/pdf", "%PDF-1.7 matrix".getBytes(), caller));
        }
        if (path.endsWith("/pdf") || path.endsWith("/export")) {
            // A download is asked for as a browser would, not as JSON.
            HttpResponse<byte[]> r = http.getBytes(path, caller);
            return new Answer(r.statusCode(), new String(r.body(), java.nio.charset.StandardCharsets.UTF_8));
        }
        String body = row.body() == null ? "" : fill(row.body()).replace('\'', '"');
        return Answer.of(
                switch (row.method()) {
                    case "GET" -> http.get(path, caller);
                    case "POST" -> http.postJson(path, body, caller);
                    default -> http.send(row.method(), path, body, caller);
                });
    }

    /** The row's placeholders, each a record of the client's and therapist's, fresh where it says so. */
    private String fill(String text) {
        Matcher m = Pattern.compile("\\{(\\w+)\\}").matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            Supplier<Object> value = switch (m.group(1)) {
                case "client" -> () -> id(chris);
                case "therapist" -> () -> id(tess);
                case "tom" -> () -> id(tom);
                case "freshStaff" -> () -> id(http.registerTherapist("matrixstaff"));
                case "service" -> () -> swedish;
                case "today" -> () -> LocalDate.now(BookingSetup.LONDON).plusDays(1);
                case "nextYear" -> () -> LocalDate.now().plusYears(1);
                case "slot" -> this::slot;
                case "fileName" -> () -> "cert.pdf";
                case "week" ->
                    () -> java.util.stream.Stream.of(java.time.DayOfWeek.values())
                            .map(d -> "{'day':'" + d + "','start':'00:00','end':'23:45'}")
                            .collect(java.util.stream.Collectors.joining(",", "[", "]"));
                case "newAccount" ->
                    () -> "{'name':'Matrix Person','email':'" + Deployments.uniqueEmail("matrixnew") + "','password':'"
                            + PW + "'}";
                case "appointment" -> () -> once("appointment", this::booking);
                case "freshAppointment" -> this::booking;
                case "freshAttended" -> this::attended;
                case "note" -> () -> once("note", () -> note(false));
                case "freshNote" -> () -> note(true);
                case "signedNote" -> () -> once("signedNote", this::signedNote);
                case "qualification" -> () -> once("qualification", () -> qualification(tess));
                case "freshQualification" -> () -> qualification(tom);
                case "file" -> () -> once("file", this::file);
                case "outbox" -> () -> once("outbox", this::outbox);
                case "freshErasure" -> this::erasure;
                case "token" -> () -> once("token", this::token);
                default -> throw new IllegalArgumentException("no such placeholder: " + m.group(1));
            };
            m.appendReplacement(out, Matcher.quoteReplacement(String.valueOf(value.get())));
        }
        m.appendTail(out);
        return out.toString();
    }

    private final java.util.Map<String, Object> made = new java.util.HashMap<>();

    private Object once(String key, Supplier<Object> make) {
        // Not computeIfAbsent: one record's making may need another's (a file needs its qualification).
        Object value = made.get(key);
        if (value == null) {
            value = make.get();
            made.put(key, value);
        }
        return value;
    }

    /** A free time of Tess's, a different one each call. */
    private Instant slot() {
        slots++;
        return at(LocalDate.now(BookingSetup.LONDON).plusDays(5 + slots / 20), "%02d:00".formatted(1 + slots % 20));
    }

    private long booking() {
        return setup.booked(chris, id(tess), swedish, slot())
                .getJsonNumber("id")
                .longValue();
    }

    /**
     * Chris's appointment with Tess, moved into the past as if it had taken place: a day further back
     * each time, so that no two overlap (other tests check the whole database for overlaps).
     */
    private long attended() {
        long appointment = booking();
        Instant yesterday = Instant.now().minus(java.time.Duration.ofDays(1 + attended++));
        BookingSetup.tookPlace(appointment, yesterday);
        return appointment;
    }

    private long note(boolean complete) {
        HttpResponse<String> r = http.postJson("api/v1/appointments/" + attended() + "/note", "", tess, PW);
        assertEquals(201, r.statusCode(), r.body());
        long note = Http.json(r).getJsonNumber("id").longValue();
        if (complete) {
            HttpResponse<String> put = http.send("PUT", "api/v1/notes/" + note, COMPLETE.replace('\'', '"'), tess, PW);
            assertEquals(200, put.statusCode(), put.body());
        }
        return note;
    }

    private long signedNote() {
        long note = note(true);
        HttpResponse<String> r = http.postJson("api/v1/notes/" + note + "/sign", "", tess, PW);
        assertEquals(200, r.statusCode(), r.body());
        return note;
    }

    private long qualification(String therapist) {
        HttpResponse<String> r =
                http.postJson("api/v1/therapists/me/qualifications", QUALIFICATION.replace('\'', '"'), therapist, PW);
        assertEquals(201, r.statusCode(), r.body());
        return Http.json(r).getJsonNumber("id").longValue();
    }

    private long file() {
        HttpResponse<String> r = http.putBytes(
                "api/v1/therapists/me/qualifications/" + once("qualification", () -> qualification(tess))
                        + "/evidence/cert.pdf",
                "application/pdf",
                "%PDF-1.7 matrix".getBytes(),
                tess,
                PW);
        assertEquals(201, r.statusCode(), r.body());
        return Http.json(r).getJsonNumber("id").longValue();
    }

    /** A new client who asks to be erased: their request, for an admin to carry out. */
    private long erasure() {
        String leaving = setup.client("matrixleaving", "");
        HttpResponse<String> r = http.postJson("api/v1/me/erasure", "{\"password\":\"" + PW + "\"}", leaving, PW);
        assertEquals(202, r.statusCode(), r.body());
        return Long.parseLong(Db.one("SELECT id FROM erasure_request WHERE client_id = ?", id(leaving)));
    }

    /** An API token of Chris's. */
    private long token() {
        HttpResponse<String> r = http.postJson(
                "api/v1/tokens", "{\"email\":\"" + chris + "\",\"password\":\"" + PW + "\",\"name\":\"Matrix\"}");
        assertEquals(201, r.statusCode(), r.body());
        return Http.json(r).getJsonNumber("id").longValue();
    }

    private long outbox() {
        booking(); // at least one message
        return Long.parseLong(Db.one("SELECT MAX(id) FROM outbox"));
    }
}
