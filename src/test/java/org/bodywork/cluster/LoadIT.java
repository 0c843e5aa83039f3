package org.bodywork.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.bodywork.demo.LargePractice;
import org.bodywork.it.Concurrently;
import org.bodywork.it.Db;
import org.bodywork.it.Http;
import org.bodywork.it.Pages;
import org.junit.jupiter.api.Test;

/**
 * Issue 10's load test: the large practice (50 therapists, 5,000 clients, 20,000 appointments,
 * about 10,000 notes) on Debian's MariaDB, then wrk with the scripts in {@code src/test/perf/load}:
 * each step alone, then the mixed workload at rising concurrency; first on one node, then on two
 * behind nginx. Not part of {@code mvn verify}: run {@code src/test/perf/load.sh}. The report is
 * written to {@code target/load/report.md}.
 */
class LoadIT {

    private static final String PW = "bodywork-demo-2026";
    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final List<String> STEPS =
            List.of("directory", "availability", "booking", "intake", "diary", "note");
    /** Pages as a therapist sees them, 32 connections over 16 signed-in sessions (issue 22). */
    private static final List<String> PAGE_STEPS = List.of("record", "clients", "directory");

    private static final int SESSIONS = 16;
    private static final int[] CONNECTIONS = {4, 8, 16, 32};
    private static final int SECONDS = Integer.getInteger("load.seconds", 15);

    /** Booking numbers handed out so far: each run books slots no earlier run asked for. */
    private int bookings;

    private final StringBuilder report = new StringBuilder();

    record Result(
            long requests,
            double rps,
            double p50,
            double p95,
            double p99,
            double max,
            long socket,
            long status,
            String statuses) {

        /** No socket error and no refusal; a page step also counts a redirect (a lost session). */
        boolean clean() {
            return socket == 0 && status == 0 && statuses.isBlank();
        }
    }

    @Test
    void theLargePracticeUnderLoadOnOneNodeAndOnTwo() throws Exception {
        try (Cluster cluster = new Cluster(0)) {
            cluster.demoData = "large";
            // Plain HTTP, as the figures it is compared with were measured (TLS is nginx's cost, not the app's).
            cluster.tls = false;
            // Issue 22 measures at PetClinic's heap; -Dload.heap=512m gives the figures before it.
            cluster.heap = "-Xmx" + System.getProperty("load.heap", "256m");
            cluster.startup = Duration.ofMinutes(20);
            long t0 = System.currentTimeMillis();
            cluster.installDatabase();
            System.setProperty("mariadb.port", String.valueOf(cluster.dbPort));
            cluster.startNode(0);
            long generated = System.currentTimeMillis() - t0;

            report.append("## Load test, ")
                    .append(LocalDate.now())
                    .append("\n\nMachine: ")
                    .append(Runtime.getRuntime().availableProcessors())
                    .append(" cores, ")
                    .append(memory())
                    .append("; ")
                    .append(System.getProperty("java.vm.name"))
                    .append(' ')
                    .append(System.getProperty("java.version"))
                    .append("; MariaDB ")
                    .append(Db.one("SELECT VERSION()"))
                    .append(" (Debian); Payara Micro, ")
                    .append(cluster.heap)
                    .append(" per node; wrk on the same machine.\n\n");
            report.append("Practice: ")
                    .append(count("account WHERE email LIKE 'therapist%@load.example.org'"))
                    .append(" + demo therapists, ")
                    .append(count("account WHERE email LIKE 'client%@load.example.org'"))
                    .append(" clients, ")
                    .append(count("appointment"))
                    .append(" appointments, ")
                    .append(count("session_note"))
                    .append(" signed notes, ")
                    .append(count("intake_version"))
                    .append(" health forms; written at the first start in ")
                    .append(generated / 1000)
                    .append(" s (schema, demo and the large practice).\n\n");

            writeData(new Http(URI.create(cluster.node(0))));
            suite("One node", cluster.node(0));
            report.append("Resident memory of the node after its runs: ")
                    .append(rss(cluster.pid(0)))
                    .append(" MiB.\n\n");

            cluster.startNode(1);
            cluster.startBalancer();
            suite("Two nodes behind nginx", cluster.base());
            report.append("Resident memory after the runs: node 1 ")
                    .append(rss(cluster.pid(0)))
                    .append(" MiB, node 2 ")
                    .append(rss(cluster.pid(1)))
                    .append(" MiB.\n");
        } finally {
            Files.writeString(Cluster.dir("../load").resolve("report.md"), report);
            System.out.println("\n" + report);
        }
    }

    // --- what the scripts need --------------------------------------------------------------------

    /** target/load/data.lua: ids, API tokens, weeks and the starts the bookings take, as a Lua table. */
    private void writeData(Http http) throws Exception {
        List<String> therapists =
                ClusterIT.rows("SELECT id FROM account WHERE email LIKE 'therapist%@load.example.org' ORDER BY id");
        String service = Db.one("SELECT id FROM service WHERE name = 'Swedish massage, 60 minutes'");
        // Clients whose form allows booking (LargePractice gives a few a condition), 100 of them.
        List<String> clientEmails = new ArrayList<>();
        for (int i = 0; clientEmails.size() < 100; i++) {
            if (i % 20 > 1 && i % 50 != 2) {
                clientEmails.add(LargePractice.client(i));
            }
        }
        List<String> clientTokens = tokens(http, clientEmails);
        List<String> therapistEmails = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            therapistEmails.add(LargePractice.therapist(i));
        }
        List<String> therapistTokens = tokens(http, therapistEmails);
        // Two draft notes for each of the ten, on past Swedish sessions without one.
        List<String> notes = new ArrayList<>();
        for (int i = 0; i < 2 * therapistEmails.size(); i++) {
            String appointment = Db.one(
                    "SELECT a.id FROM appointment a JOIN account t ON t.id = a.therapist_id"
                            + " JOIN service s ON s.id = a.service_id"
                            + " WHERE t.email = ? AND a.status = 'BOOKED' AND a.starts_at < UTC_TIMESTAMP()"
                            + " AND s.name = 'Swedish massage, 60 minutes'"
                            + " AND NOT EXISTS (SELECT 1 FROM session_note n WHERE n.appointment_id = a.id)"
                            + " ORDER BY a.starts_at DESC LIMIT 1",
                    therapistEmails.get(i % 10));
            String token = therapistTokens.get(i % 10);
            HttpResponse<String> draft =
                    http.withToken("POST", "api/v1/appointments/" + appointment + "/note", "", token);
            assertEquals(201, draft.statusCode(), draft.body());
            notes.add("{" + lua(token) + ", " + Http.json(draft).getJsonNumber("id") + "}");
        }
        LocalDate today = LocalDate.now(LONDON);
        List<String> weeks = new ArrayList<>();
        LocalDate monday = today.with(TemporalAdjusters.next(DayOfWeek.MONDAY));
        for (int w = 0; w < 7; w++) {
            weeks.add("{" + lua(monday.plusWeeks(w).toString()) + ", "
                    + lua(monday.plusWeeks(w).plusDays(6).toString()) + "}");
        }
        List<String> diaryWeeks = new ArrayList<>();
        for (int w = -3; w < 2; w++) {
            diaryWeeks.add("{" + lua(monday.plusWeeks(w).toString()) + ", "
                    + lua(monday.plusWeeks(w).plusDays(6).toString()) + "}");
        }
        // Days 16 to 55 ahead, past the practice's appointments, nine starts a working day.
        List<String> slots = new ArrayList<>();
        for (LocalDate d = today.plusDays(16); d.isBefore(today.plusDays(56)); d = d.plusDays(1)) {
            if (d.getDayOfWeek() == DayOfWeek.SUNDAY) {
                continue;
            }
            for (int k = 0; k < 9; k++) {
                slots.add(lua(d.atTime(LocalTime.of(8, 0).plusMinutes(75L * k))
                        .atZone(LONDON)
                        .toInstant()
                        .toString()));
            }
        }
        // Page sessions signed in through the sign-in page, each with a client its therapist looks after.
        List<String> sessions = new ArrayList<>();
        for (int i = 0; i < SESSIONS; i++) {
            String email = LargePractice.therapist(i);
            String client = Db.one(
                    "SELECT c.client_id FROM care_assignment c JOIN account t ON t.id = c.therapist_id"
                            + " WHERE t.email = ? ORDER BY c.client_id LIMIT 1",
                    email);
            String cookie = Pages.signedIn(http.base(), email, PW).cookieHeader();
            sessions.add("{" + lua(cookie) + ", " + client + "}");
        }
        String lua = "return {\n  service = " + service + ",\n  therapists = {"
                + String.join(", ", therapists) + "},\n  clients = {"
                + clientTokens.stream().map(LoadIT::lua).collect(Collectors.joining(", ")) + "},\n  therapistTokens = {"
                + therapistTokens.stream().map(LoadIT::lua).collect(Collectors.joining(", ")) + "},\n  notes = {"
                + String.join(", ", notes) + "},\n  weeks = {" + String.join(", ", weeks) + "},\n  diaryWeeks = {"
                + String.join(", ", diaryWeeks) + "},\n  slots = {" + String.join(", ", slots) + "},\n  sessions = {"
                + String.join(", ", sessions) + "}\n}\n";
        Files.writeString(Cluster.dir("../load").resolve("data.lua"), lua);
        report.append("Booking capacity: ")
                .append(slots.size() * therapists.size())
                .append(" free starts (")
                .append(therapists.size())
                .append(" therapists x ")
                .append(slots.size())
                .append("); API tokens for 100 clients and 10 therapists, and page sessions of ")
                .append(SESSIONS)
                .append(" therapists signed in through the sign-in page, made before the runs.\n\n");
    }

    private static List<String> tokens(Http http, List<String> emails) throws Exception {
        List<Callable<String>> make = new ArrayList<>();
        for (String e : emails) {
            make.add(() -> http.token(e, PW));
        }
        List<String> out = Concurrently.onThreads(4, make);
        assertTrue(out.stream().allMatch(java.util.Objects::nonNull), "no token");
        return out;
    }

    private static String lua(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    // --- the runs -----------------------------------------------------------------------------------

    private void suite(String title, String base) throws Exception {
        String root = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
        wrk("directory", root, 8, 10, false); // warm-up: JIT, pools, caches
        wrk("availability", root, 8, 10, false);
        report.append("### ")
                .append(title)
                .append("\n\nEach step alone, wrk 2 threads, 8 connections, ")
                .append(SECONDS)
                .append(
                        " s (times in ms):\n\n| step | requests/s | p50 | p95 | p99 | max | errors |\n|---|---|---|---|---|---|---|\n");
        for (String step : STEPS) {
            row(step, wrk(step, root, 8, SECONDS, true));
        }
        report.append("\nPages, wrk 2 threads, 32 connections, ")
                .append(SECONDS)
                .append(" s; the record and the list rotate ")
                .append(SESSIONS)
                .append(" therapists' sessions, each with a client it looks after (a redirect counts as an error):\n\n"
                        + "| step | requests/s | p50 | p95 | p99 | max | errors |\n|---|---|---|---|---|---|---|\n");
        for (String step : PAGE_STEPS) {
            row(step, wrk(step, root, 32, SECONDS, true));
        }
        report.append("\nThe mixed workload (out of 20 requests: 5 directory, 5 availability, 2 bookings,"
                        + " 2 health forms, 4 diary weeks, 2 note saves), ")
                .append(SECONDS)
                .append(
                        " s at each concurrency:\n\n| connections | requests/s | p50 | p95 | p99 | max | errors |\n|---|---|---|---|---|---|---|\n");
        for (int c : CONNECTIONS) {
            row(String.valueOf(c), wrk("mixed", root, c, SECONDS, true));
        }
        report.append('\n');
    }

    private void row(String name, Result r) {
        report.append("| ")
                .append(name)
                .append(" | ")
                .append(String.format("%.0f", r.rps()))
                .append(" | ")
                .append(String.format("%.0f", r.p50()))
                .append(" | ")
                .append(String.format("%.0f", r.p95()))
                .append(" | ")
                .append(String.format("%.0f", r.p99()))
                .append(" | ")
                .append(String.format("%.0f", r.max()))
                .append(" | ")
                .append(
                        r.clean()
                                ? "0"
                                : r.status() + " (" + r.statuses().strip() + ")"
                                        + (r.socket() > 0 ? ", " + r.socket() + " socket" : ""))
                .append(" |\n");
    }

    private static final Pattern RESULT = Pattern.compile("RESULT requests=(\\d+) rps=([\\d.]+) p50=([\\d.]+)"
            + " p95=([\\d.]+) p99=([\\d.]+) max=([\\d.]+) socket=(\\d+) status=(\\d+)");

    /** One wrk run of a step's script; a run that may book gets slots no other run has asked for. */
    private Result wrk(String step, String base, int connections, int seconds, boolean measured) throws Exception {
        int offset = bookings;
        bookings += step.equals("booking") ? 3_000 : step.equals("mixed") ? 1_000 : 0;
        Process p = new ProcessBuilder(
                        "wrk",
                        "-t2",
                        "-c" + connections,
                        "-d" + seconds + "s",
                        "--timeout",
                        "10s",
                        "-s",
                        "src/test/perf/load/" + step + ".lua",
                        base,
                        "--",
                        String.valueOf(offset),
                        "2")
                .redirectErrorStream(true)
                .start();
        String out = new String(p.getInputStream().readAllBytes());
        p.waitFor();
        Matcher m = RESULT.matcher(out);
        if (!m.find()) {
            throw new IllegalStateException("wrk said: " + out);
        }
        Result r = new Result(
                Long.parseLong(m.group(1)),
                Double.parseDouble(m.group(2)),
                Double.parseDouble(m.group(3)),
                Double.parseDouble(m.group(4)),
                Double.parseDouble(m.group(5)),
                Double.parseDouble(m.group(6)),
                Long.parseLong(m.group(7)),
                Long.parseLong(m.group(8)),
                out.lines()
                        .filter(l -> l.startsWith("STATUSES"))
                        .map(l -> l.substring("STATUSES".length()))
                        .findFirst()
                        .orElse(""));
        if (measured) {
            System.out.println(step + " c=" + connections + ": " + r);
        }
        return r;
    }

    // --- figures of the machine -----------------------------------------------------------------------

    private static String count(String from) {
        return Db.one("SELECT COUNT(*) FROM " + from);
    }

    private static long rss(long pid) throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("\\D", "")) / 1024;
            }
        }
        return -1;
    }

    private static String memory() throws IOException {
        Map<String, String> info = new LinkedHashMap<>();
        for (String line : Files.readAllLines(Path.of("/proc/meminfo"))) {
            String[] kv = line.split(":\\s+");
            info.put(kv[0], kv[1]);
        }
        return Long.parseLong(info.get("MemTotal").replaceAll("\\D", "")) / 1024 / 1024 + " GiB";
    }
}
