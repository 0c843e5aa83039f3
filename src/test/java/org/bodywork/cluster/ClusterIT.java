package org.bodywork.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.bodywork.it.BookingSetup;
import org.bodywork.it.Browser;
import org.bodywork.it.Concurrently;
import org.bodywork.it.Db;
import org.bodywork.it.Http;
import org.junit.jupiter.api.Test;

/**
 * Issue 10's cluster test: two Payara Micro nodes behind nginx on one MariaDB, all real processes
 * on this machine, and things killed under load. Not part of {@code mvn verify}: run it with
 * {@code src/test/cluster/run.sh} (or {@code mvn -Pcluster verify}). It prints a summary, writes it
 * to {@code target/cluster/summary.md}, and fails when a figure misses its bound.
 */
class ClusterIT {

    private static final String PW = BookingSetup.PW;

    private final Summary summary = new Summary();

    /**
     * The n-th of a therapist's back-to-back starts, {@code minutes} apart, from a day on; the test
     * therapist works every day from 00:00 to 23:45.
     */
    private static Instant slot(int daysAhead, int n, int minutes) {
        int perDay = (23 * 60 + 45) / minutes;
        LocalDate day = LocalDate.now(BookingSetup.LONDON).plusDays(daysAhead + n / perDay);
        return BookingSetup.at(day, "00:00").plusSeconds(60L * minutes * (n % perDay));
    }

    @Test
    void theClusterKeepsEveryPromiseWhenPartsAreKilled() throws Exception {
        GreenMail smtp = new GreenMail(new ServerSetup(Cluster.free(), "127.0.0.1", "smtp"));
        smtp.start();
        try (Cluster cluster = new Cluster(smtp.getSmtp().getPort())) {
            long t0 = System.currentTimeMillis();
            cluster.installDatabase();
            System.setProperty("mariadb.port", String.valueOf(cluster.dbPort));
            // One after the other: the first migrates the schema and loads the demo practice.
            cluster.startNode(0);
            cluster.startNode(1);
            cluster.startBalancer();
            summary.note("start: database, two nodes, nginx", seconds(System.currentTimeMillis() - t0));

            Http[] nodes = {
                new Http(java.net.URI.create(cluster.node(0))), new Http(java.net.URI.create(cluster.node(1)))
            };
            tlsAtTheFront(cluster, nodes[0]);
            // A therapist registers through the pages, whose session cookie is Secure: through nginx's TLS.
            Http front = new Http(java.net.URI.create(cluster.base()));
            BookingSetup setup = new BookingSetup(front);
            String therapistEmail = setup.therapist("cluster", "'SWEDISH'");
            long therapist = BookingSetup.id(therapistEmail);
            long service = setup.service("SWEDISH", 60, 15);
            List<String> clients = clients(nodes, 12);
            bookedThroughTls(front, clients.get(0), therapist, service);

            sameSlotsThroughBothNodes(nodes, clients, therapist, service);
            outboxExactlyOnce(smtp, nodes, clients, therapist, service);
            nightlyJobsOnBothNodesAtOnce(nodes, front);
            databaseKilledDuringBookings(cluster, clients, therapist);
            int killed = nodeKilledUnderLoad(cluster, nodes[0], therapist, service);
            bookingFinishedAfterItsNodeIsKilled(cluster, nodes, killed, therapist, service);
        } finally {
            smtp.stop();
            summary.write();
        }
        assertTrue(summary.missed().isEmpty(), "missed: " + summary.missed());
    }

    // --- 0. TLS at nginx, and what the nodes make of what it passes on ----------------------------

    /**
     * Port 80 only redirects; through TLS the session cookie is Secure, HSTS is sent, redirects stay
     * https, and the client's address is the one nginx saw, not one the client wrote itself.
     */
    private void tlsAtTheFront(Cluster cluster, Http node) throws Exception {
        var client = java.net.http.HttpClient.newBuilder()
                .followRedirects(java.net.http.HttpClient.Redirect.NEVER)
                .build();
        var plain = client.send(
                java.net.http.HttpRequest.newBuilder(java.net.URI.create(cluster.plainBase() + "login"))
                        .build(),
                java.net.http.HttpResponse.BodyHandlers.discarding());
        String redirected = plain.headers().firstValue("Location").orElse("");
        summary.check(
                "TLS: plain HTTP redirected",
                plain.statusCode() + " " + redirected,
                "301 " + cluster.base() + "login",
                plain.statusCode() == 301 && redirected.equals(cluster.base() + "login"));

        var page = client.send(
                java.net.http.HttpRequest.newBuilder(java.net.URI.create(cluster.base() + "login"))
                        .build(),
                java.net.http.HttpResponse.BodyHandlers.discarding());
        String cookie = page.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("JSESSIONID="))
                .findFirst()
                .orElse("none");
        String flags = java.util.Arrays.stream(cookie.split(";"))
                .skip(1)
                .map(String::strip)
                .map(f -> f.toLowerCase(java.util.Locale.ROOT))
                .filter(f -> f.equals("secure") || f.equals("httponly") || f.startsWith("samesite"))
                .sorted()
                .collect(java.util.stream.Collectors.joining("; "));
        summary.check(
                "TLS: session cookie",
                flags,
                "httponly; samesite=lax; secure",
                flags.equals("httponly; samesite=lax; secure"));
        String hsts = page.headers().firstValue("Strict-Transport-Security").orElse("none");
        summary.check("TLS: HSTS", hsts, "max-age=31536000", hsts.equals("max-age=31536000"));

        var away = client.send(
                java.net.http.HttpRequest.newBuilder(java.net.URI.create(cluster.base() + "client/"))
                        .build(),
                java.net.http.HttpResponse.BodyHandlers.discarding());
        String to = java.net
                .URI
                .create(cluster.base())
                .resolve(away.headers().firstValue("Location").orElse(""))
                .toString();
        summary.check(
                "TLS: a redirect stays https",
                to,
                cluster.base() + "login?...",
                to.startsWith(cluster.base() + "login"));

        int outside = Cluster.status(cluster.base() + "openapi") * 1000 + Cluster.status(cluster.base() + "metrics");
        int inside = Cluster.status(cluster.node(0) + "openapi");
        summary.check(
                "TLS: /openapi and /metrics from outside, /openapi on a node",
                outside + ", " + inside,
                "404404, 200",
                outside == 404404 && inside == 200);

        // A wrong password from 127.0.0.3 (loopback is all one machine has), with an address of its own choosing in the
        // header.
        String email = node.registerClient("tls");
        String answer;
        javax.net.ssl.SSLSocketFactory tls =
                javax.net.ssl.SSLContext.getDefault().getSocketFactory();
        try (var socket = (javax.net.ssl.SSLSocket)
                tls.createSocket("127.0.0.1", cluster.lbPort, java.net.InetAddress.getByName("127.0.0.3"), 0)) {
            javax.net.ssl.SSLParameters checked = socket.getSSLParameters();
            checked.setEndpointIdentificationAlgorithm("HTTPS");
            socket.setSSLParameters(checked);
            socket.getOutputStream()
                    .write(("GET /api/v1/me HTTP/1.1\r\nHost: 127.0.0.1:" + cluster.lbPort
                                    + "\r\nAuthorization: Basic "
                                    + Base64.getEncoder().encodeToString((email + ":not the password").getBytes())
                                    + "\r\nX-Forwarded-For: 203.0.113.9\r\nConnection: close\r\n\r\n")
                            .getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            answer = new String(socket.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)
                    .lines()
                    .findFirst()
                    .orElse("");
        }
        String address =
                Db.one("SELECT MAX(address) FROM audit_event WHERE actor = ? AND action = 'SIGN_IN_FAILED'", email);
        summary.check(
                "TLS: the client's address behind nginx",
                answer + ", audited from " + address,
                "401, audited from 127.0.0.3",
                answer.contains(" 401") && "127.0.0.3".equals(address));
    }

    /** What JAX-RS makes absolute through nginx is https: a booking's address. */
    private void bookedThroughTls(Http front, String client, long therapist, long service) {
        HttpResponse<String> booked = front.postJson(
                "api/v1/appointments",
                "{\"therapistId\":" + therapist + ",\"serviceId\":" + service + ",\"start\":\"" + slot(50, 0, 75)
                        + "\"}",
                client,
                PW);
        String location = booked.headers().firstValue("Location").orElse("none");
        summary.check(
                "TLS: a booking's Location",
                booked.statusCode() + " " + location,
                "201 " + front.base() + "api/v1/appointments/...",
                booked.statusCode() == 201 && location.startsWith(front.base() + "api/v1/appointments/"));
    }

    /** Clients with a clear health form, registered through either node, their passwords checked once on each. */
    private static List<String> clients(Http[] nodes, int n) throws Exception {
        List<Callable<String>> make = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Http node = nodes[i % 2];
            int k = i;
            make.add(() -> {
                String email = new BookingSetup(node).client("cluster" + k, "");
                for (Http each : nodes) {
                    assertEquals(200, each.get("api/v1/me", email, PW).statusCode());
                }
                return email;
            });
        }
        return Concurrently.onThreads(4, make);
    }

    // --- 1. the same slots booked through both nodes at once --------------------------------------

    private void sameSlotsThroughBothNodes(Http[] nodes, List<String> clients, long therapist, long service)
            throws Exception {
        int slots = 12;
        List<Callable<Integer>> calls = new ArrayList<>();
        Map<Instant, List<Integer>> answers = new java.util.concurrent.ConcurrentHashMap<>();
        for (int s = 0; s < slots; s++) {
            Instant start = slot(2, s, 75);
            for (int c = 0; c < clients.size(); c++) {
                BookingSetup through = new BookingSetup(nodes[(s + c) % 2]);
                String client = clients.get(c);
                calls.add(() -> {
                    int status = through.book(client, therapist, service, start).statusCode();
                    answers.computeIfAbsent(start, k -> new java.util.concurrent.CopyOnWriteArrayList<>())
                            .add(status);
                    return status;
                });
            }
        }
        List<Integer> statuses = Concurrently.together(calls);
        long oneEach = answers.values().stream()
                .filter(a -> a.stream().filter(x -> x == 201).count() == 1)
                .count();
        long other = statuses.stream().filter(x -> x != 201 && x != 409).count();
        summary.note(
                "same slots, both nodes: requests (" + slots + " slots x " + clients.size() + " clients)",
                statuses.size());
        summary.check("slots with exactly one success", oneEach + " of " + slots, "all", oneEach == slots);
        summary.check("answers other than 201 or 409 (slot taken)", other, "0", other == 0);
        String overlaps = Db.one(BookingSetup.OVERLAPS);
        String clientOverlaps = Db.one(BookingSetup.OVERLAPS.replace("therapist_id", "client_id"));
        summary.check("overlapping appointments of a therapist (SQL self-join)", overlaps, "0", "0".equals(overlaps));
        summary.check(
                "overlapping appointments of a client (SQL self-join)",
                clientOverlaps,
                "0",
                "0".equals(clientOverlaps));
    }

    // --- 2. the outbox with both nodes sending ----------------------------------------------------

    private void outboxExactlyOnce(GreenMail smtp, Http[] nodes, List<String> clients, long therapist, long service)
            throws Exception {
        // More mail: forty bookings, half through each node, each confirmed to client and therapist.
        List<Callable<Integer>> calls = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            BookingSetup through = new BookingSetup(nodes[i % 2]);
            String client = clients.get(i % clients.size());
            Instant start = slot(4, i, 75);
            calls.add(() -> through.book(client, therapist, service, start).statusCode());
        }
        List<Integer> booked = Concurrently.onThreads(4, calls);
        assertTrue(booked.stream().allMatch(s -> s == 201), booked.toString());
        long deadline = System.currentTimeMillis() + 90_000;
        // Reminders and the like wait for their day (not_before); only what is due now must go.
        String due = "SELECT COUNT(*) FROM outbox WHERE status IN ('PENDING', 'SENDING', 'PARKED')"
                + " AND not_before <= UTC_TIMESTAMP(6)";
        while (!"0".equals(Db.one(due)) && System.currentTimeMillis() < deadline) {
            Thread.sleep(500);
        }
        Map<String, Integer> received = new HashMap<>();
        for (MimeMessage m : smtp.getReceivedMessages()) {
            String[] key = m.getHeader("X-Bodywork-Message");
            received.merge(key == null ? "(none)" : key[0], 1, Integer::sum);
        }
        List<String> sent = rows("SELECT dedupe_key FROM outbox WHERE status = 'SENT'");
        String waiting = Db.one(due);
        long twice = received.values().stream().filter(n -> n > 1).count();
        long missing = sent.stream().filter(k -> !received.containsKey(k)).count();
        summary.note("outbox: messages marked sent", sent.size());
        summary.check("outbox: messages due but not sent within 90 s", waiting, "0", "0".equals(waiting));
        summary.check("outbox: messages delivered more than once", twice, "0", twice == 0);
        summary.check("outbox: messages marked sent but never delivered", missing, "0", missing == 0);
        Map<String, Long> byNode = rows("SELECT claimed_by FROM outbox WHERE status = 'SENT'").stream()
                .collect(Collectors.groupingBy(c -> c.substring(0, c.indexOf(':')), Collectors.counting()));
        summary.note("outbox: sent per node (by process id)", byNode);
    }

    static List<String> rows(String sql) throws Exception {
        try (var c = java.sql.DriverManager.getConnection(
                        "jdbc:mysql://127.0.0.1:" + System.getProperty("mariadb.port") + "/bodywork?sslMode=DISABLED",
                        "root",
                        "");
                var r = c.createStatement().executeQuery(sql)) {
            List<String> out = new ArrayList<>();
            while (r.next()) {
                out.add(r.getString(1));
            }
            return out;
        }
    }

    // --- 2b. the nightly jobs run by both nodes at the same moment ------------------------------

    /**
     * Every node runs the nightly jobs. Here both run them at the same moment, through the admin's
     * "do it now" calls, which are the jobs' own steps: the expiry warnings and the erasures that
     * are due. Each warning must be written once, each erasure carried out once, and no call fail.
     */
    private void nightlyJobsOnBothNodesAtOnce(Http[] nodes, Http front) throws Exception {
        Http http = nodes[0];
        String admin = BookingSetup.ADMIN;
        String adminPw = BookingSetup.ADMIN_PW;
        List<Long> insurances = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            String therapist = front.registerTherapist("ending" + i); // pages: through TLS
            HttpResponse<String> insured = http.postJson(
                    "api/v1/therapists/me/insurance",
                    ("{'insurer':'Balens','policyNumber':'BAL-" + i + "','coverPounds':6000000,"
                                    + "'validFrom':'2026-01-01','validTo':'"
                                    + LocalDate.now(BookingSetup.LONDON).plusDays(10 + i) + "'}")
                            .replace('\'', '"'),
                    therapist,
                    PW);
            assertEquals(201, insured.statusCode(), insured.body());
            long id = Http.json(insured).getJsonNumber("id").longValue();
            HttpResponse<String> verified =
                    http.postJson("api/v1/admin/insurance/" + id + "/verify", Http.seen(insured), admin, adminPw);
            assertEquals(200, verified.statusCode(), verified.body());
            insurances.add(id);
        }
        List<Long> requests = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            String client = new BookingSetup(http).client("leaving" + i, "");
            HttpResponse<String> asked =
                    http.postJson("api/v1/me/erasure", "{\"password\":\"" + PW + "\"}", client, PW);
            assertEquals(202, asked.statusCode(), asked.body());
            long id = Long.parseLong(
                    Db.one("SELECT id FROM erasure_request WHERE client_id = ?", BookingSetup.id(client)));
            // Past its grace days, as if asked a fortnight ago.
            Db.update(
                    "UPDATE erasure_request SET requested_on = ? WHERE id = ?",
                    java.sql.Date.valueOf(LocalDate.now(BookingSetup.LONDON).minusDays(14)),
                    id);
            requests.add(id);
        }
        for (Http node : nodes) {
            node.get("api/v1/me", admin, adminPw); // signed in on both before the race
        }
        List<Callable<HttpResponse<String>>> calls = new ArrayList<>();
        for (int round = 0; round < 3; round++) {
            for (Http node : nodes) {
                calls.add(() -> node.postJson("api/v1/admin/expiring/notify", "", admin, adminPw));
                calls.add(() -> node.postJson("api/v1/admin/digest", "", admin, adminPw));
                calls.add(() -> node.postJson("api/v1/admin/erasures/due", "", admin, adminPw));
            }
        }
        List<HttpResponse<String>> answers = Concurrently.together(calls);
        List<String> failed = answers.stream()
                .filter(r -> r.statusCode() != 200)
                .map(r -> r.statusCode() + " " + r.body())
                .toList();
        int done = answers.stream()
                .filter(r -> r.statusCode() == 200 && r.uri().getPath().endsWith("/due"))
                .mapToInt(r -> Http.json(r).getInt("done"))
                .sum();
        long warnings = insurances.stream()
                .mapToLong(id -> Long.parseLong(
                        Db.one("SELECT COUNT(*) FROM outbox WHERE dedupe_key LIKE ?", "%insurance:" + id + ":%")))
                .sum();
        String stillPending = Db.one("SELECT COUNT(*) FROM erasure_request WHERE status = 'PENDING' AND id IN ("
                + requests.stream().map(String::valueOf).collect(Collectors.joining(",")) + ")");
        summary.note("nightly jobs: calls, both nodes at once (warn, digest, erasures; 3 rounds)", answers.size());
        summary.check("nightly jobs: calls that failed", failed.size() + " " + failed, "0", failed.isEmpty());
        summary.check("nightly jobs: expiry warnings written for 4 records", warnings, "4 (once each)", warnings == 4);
        summary.check("nightly jobs: erasures carried out, counted over every call", done, "4 (once each)", done == 4);
        summary.check("nightly jobs: erasure requests still pending", stillPending, "0", "0".equals(stillPending));
    }

    // --- 3. the database killed while clients book ------------------------------------------------

    private void databaseKilledDuringBookings(Cluster cluster, List<String> clients, long therapist) throws Exception {
        String url = cluster.base() + "api/v1/appointments";
        // Half-hour bookings back to back, 47 a day, at most about 80 a second: weeks of them fit
        // in the 56 days the practice books ahead.
        long halfHour = new BookingSetup(new Http(java.net.URI.create(cluster.node(0)))).service("SWEDISH", 30, 0);
        Load load = Load.start(4, n -> {
            pause(50);
            String client = clients.get(n % clients.size());
            String body = "{\"therapistId\":" + therapist + ",\"serviceId\":" + halfHour + ",\"start\":\""
                    + slot(8, n, 30) + "\"}";
            return new Load.Step(
                    "book",
                    Load.request(url)
                            .header("Authorization", basic(client))
                            .header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString(body))
                            .build());
        });
        Thread.sleep(6_000);
        long killed = load.now();
        cluster.killDatabase();
        Thread.sleep(4_000);
        cluster.startDatabase();
        long restarted = load.now();
        Thread.sleep(15_000);
        List<Load.Outcome> all = load.stop();

        List<Long> confirmed = all.stream()
                .filter(o -> o.status() == 201)
                .map(o -> jakarta.json.Json.createReader(new java.io.StringReader(o.body()))
                        .readObject()
                        .getJsonNumber("id")
                        .longValue())
                .toList();
        String ids = confirmed.stream().map(String::valueOf).collect(Collectors.joining(","));
        String stored = Db.one("SELECT COUNT(*) FROM appointment WHERE status = 'BOOKED' AND id IN (" + ids + ")");
        long during = all.stream()
                .filter(o -> o.end() > killed && o.start() < restarted)
                .count();
        Map<Integer, Long> duringStatuses = all.stream()
                .filter(o -> o.end() > killed && o.start() < restarted)
                .collect(Collectors.groupingBy(Load.Outcome::status, java.util.TreeMap::new, Collectors.counting()));
        long bare =
                all.stream().filter(o -> o.status() == 500 || o.status() < 0).count();
        long firstBack = all.stream()
                .filter(o -> o.status() == 201 && o.start() >= restarted)
                .mapToLong(Load.Outcome::end)
                .min()
                .orElse(Long.MAX_VALUE);
        long lastFailure = all.stream()
                .filter(o -> o.status() != 201 && o.status() != 409)
                .mapToLong(Load.Outcome::end)
                .max()
                .orElse(0);
        summary.note("database kill: bookings the API confirmed (201)", confirmed.size());
        summary.note("database kill: answers while it was down, by status", duringStatuses + " of " + during);
        summary.check(
                "database kill: confirmed bookings found in the database",
                stored + " of " + confirmed.size(),
                "all",
                String.valueOf(confirmed.size()).equals(stored));
        summary.check(
                "database kill: bare 500s or dropped connections", bare, "0 (503 with a message instead)", bare == 0);
        summary.check(
                "database kill: first confirmed booking after the restart",
                firstBack == Long.MAX_VALUE ? "never" : seconds(firstBack - restarted) + " after it listened",
                "within 10 s, no app restart",
                firstBack - restarted <= 10_000);
        summary.check(
                "database kill: failed bookings after the restart",
                all.stream()
                        .filter(o -> o.start() > restarted + 10_000 && o.status() != 201)
                        .count(),
                "0 from 10 s on",
                lastFailure < restarted + 10_000);
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String basic(String email) {
        return "Basic " + Base64.getEncoder().encodeToString((email + ":" + PW).getBytes());
    }

    // --- 4. a node killed under load, with a browser half-way through the health form -------------

    /** The node it killed ({@code 0} or {@code 1}). */
    private int nodeKilledUnderLoad(Cluster cluster, Http node, long therapist, long service) throws Exception {
        String email = node.registerClient("halfway");
        String day = LocalDate.now(BookingSetup.LONDON).plusDays(3).toString();
        String base = cluster.base();
        String client =
                "Basic " + Base64.getEncoder().encodeToString("client@example.org:bodywork-demo-2026".getBytes());
        List<Load.Step> mix = List.of(
                new Load.Step("home page", Load.request(base).build()),
                new Load.Step("directory", Load.request(base + "therapists/").build()),
                new Load.Step("services", Load.request(base + "api/v1/services").build()),
                new Load.Step(
                        "availability",
                        Load.request(base + "api/v1/therapists/" + therapist + "/availability?serviceId=" + service
                                        + "&from=" + day + "&to=" + day)
                                .build()),
                new Load.Step(
                        "who am I",
                        Load.request(base + "api/v1/me")
                                .header("Authorization", client)
                                .build()));
        // The demo client's password is checked once on each node before the load, as a returning user's would be.
        for (int i = 0; i < 2; i++) {
            new Http(java.net.URI.create(cluster.node(i))).get("api/v1/me", "client@example.org", "bodywork-demo-2026");
        }
        try (Browser browser = new Browser(base)) {
            browser.signIn(email, PW);
            browser.open("/intake/form");
            browser.type("#intake\\:dob", "1/6/1980");
            browser.type("#intake\\:emergencyName", "Jo Fern");
            browser.type("#intake\\:emergencyPhone", "01632 960000");
            browser.submit("#intake\\:next");
            boolean atGp = browser.text("#progress").contains("Your GP");
            browser.type("#intake\\:gpName", "Dr Failover");

            Load load = Load.start(6, n -> mix.get(n % mix.size()));
            Thread.sleep(8_000);
            int victim = servedBy(cluster, browser.cookie("JSESSIONID"));
            long killed = load.now();
            cluster.killNode(victim < 0 ? 0 : victim);
            Thread.sleep(15_000);
            List<Load.Outcome> all = load.stop();

            // The browser carries on where it was, on the other node.
            browser.submit("#intake\\:next");
            boolean carriedOn = browser.path().startsWith("/intake/form")
                    && browser.text("#progress").contains("Back pain");
            browser.submit("#intake\\:back");
            boolean kept = "Dr Failover".equals(browser.find("#intake\\:gpName").getAttribute("value"));
            browser.submit("#intake\\:next");
            browser.clickAndAwaitAjax("label[for='intake:backPain:1']");
            browser.submit("#intake\\:next");
            browser.submit("#intake\\:next");
            browser.type("#intake\\:goals", "Carry on after a crash");
            browser.submit("#intake\\:next");
            browser.find("#intake\\:consentTreatment .ui-chkbox-box").click();
            browser.find("#intake\\:consentHealthData .ui-chkbox-box").click();
            browser.submit("#intake\\:send");
            boolean sent = "/intake/result".equals(browser.path());

            long total = all.size();
            long failed = all.stream().filter(Load.Outcome::failed).count();
            long lastFailure = all.stream()
                    .filter(Load.Outcome::failed)
                    .mapToLong(Load.Outcome::end)
                    .max()
                    .orElse(killed);
            long slowest = all.stream()
                    .filter(o -> o.start() >= killed)
                    .mapToLong(o -> o.end() - o.start())
                    .max()
                    .orElse(0);
            double percent = total == 0 ? 100 : 100.0 * failed / total;
            summary.note(
                    "node kill: killed", "node" + (victim < 0 ? 1 : victim + 1) + " (the browser's), with kill -9");
            summary.note(
                    "node kill: requests, 6 threads, 8 s before and 15 s after",
                    total + " ("
                            + all.stream()
                                    .collect(Collectors.groupingBy(
                                            Load.Outcome::status, java.util.TreeMap::new, Collectors.counting()))
                            + ")");
            summary.check(
                    "node kill: failed requests",
                    failed + " (" + String.format("%.2f", percent) + " %)",
                    "at most 0.5 %",
                    percent <= 0.5);
            summary.check(
                    "node kill: service back (last failure after the kill)",
                    seconds(Math.max(0, lastFailure - killed)),
                    "within 5 s",
                    lastFailure - killed <= 5_000);
            summary.note("node kill: slowest answer to a request started after the kill", seconds(slowest));
            summary.check("node kill: signed-in browser on the health form's GP step before", atGp, "true", atGp);
            summary.check("node kill: the browser's next step worked on the other node", carriedOn, "true", carriedOn);
            summary.check("node kill: what it typed before the kill was kept", kept, "true", kept);
            summary.check("node kill: the health form was sent", sent, "true", sent);
            return victim < 0 ? 0 : victim;
        }
    }

    // --- 5. a booking finished after its node is killed -------------------------------------------

    /**
     * The killed node comes back; a client chooses a time on the booking page, the node holding
     * their session is killed, and the confirm button books on the other node: the page's state
     * (the chosen service, therapist and time, typed, in the view) came over in the session.
     */
    private void bookingFinishedAfterItsNodeIsKilled(
            Cluster cluster, Http[] nodes, int down, long therapist, long service) throws Exception {
        long t0 = System.currentTimeMillis();
        cluster.startNode(down);
        Thread.sleep(10_000); // Hazelcast's members find each other and share the session partitions
        summary.note(
                "booking failover: killed node started again and rejoined", seconds(System.currentTimeMillis() - t0));
        BookingSetup setup = new BookingSetup(nodes[1 - down]);
        String email = setup.client("failover", "");
        // A time still free after the cases above booked theirs, within the first week the page shows.
        List<Instant> free = setup.slots(
                therapist, service, LocalDate.now(BookingSetup.LONDON).plusDays(3));
        Instant start = free.get(free.size() / 2);
        String time = java.time.format.DateTimeFormatter.ofPattern("HH:mm")
                .withZone(BookingSetup.LONDON)
                .format(start);
        try (Browser browser = new Browser(cluster.base())) {
            browser.signIn(email, PW);
            browser.open("/booking/book?service=" + service + "&therapist=" + therapist);
            browser.clickAndAwaitAjax("button[title='" + start + "']");
            boolean chosen = browser.text("#summary").contains(", " + time);
            int victim = servedBy(cluster, browser.cookie("JSESSIONID"));
            cluster.killNode(victim < 0 ? 0 : victim);

            browser.submit("#book\\:confirmButton");
            boolean booked = "/booking/appointments".equals(browser.path())
                    && browser.text("#messages").contains("You are booked");
            String stored = Db.one(
                    "SELECT COUNT(*) FROM appointment a JOIN account c ON c.id = a.client_id"
                            + " WHERE c.email = ? AND a.status = 'BOOKED'",
                    email);
            summary.note(
                    "booking failover: killed",
                    "node" + (victim < 0 ? 1 : victim + 1) + " (the browser's), with kill -9");
            summary.check("booking failover: a time chosen on the booking page before", chosen, "true", chosen);
            summary.check("booking failover: confirmed on the other node", booked, "true", booked);
            summary.check("booking failover: appointments stored", stored, "1", "1".equals(stored));
        }
    }

    /** The node nginx last sent this session to, from its access log. */
    private static int servedBy(Cluster cluster, String session) {
        int node = -1;
        for (String[] line : cluster.routes()) {
            if (line.length > 4 && line[4].equals(session)) {
                node = cluster.nodeOf(line[2]);
            }
        }
        return node;
    }

    private static String seconds(long millis) {
        return String.format("%.1f s", millis / 1000.0);
    }
}
