package org.bodywork.cluster;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.bodywork.it.Deployments;
import org.bodywork.it.Launched;

/**
 * The cluster on one machine, every part a real process: Debian's MariaDB, two Payara Micro nodes
 * clustered by Hazelcast over TCP/IP on loopback, and Debian's nginx in front. Each part can be
 * killed with SIGKILL and started again.
 */
final class Cluster implements AutoCloseable {

    static final Path DIR = Path.of("target", "cluster");

    /** nginx's certificate and key: self-signed for 127.0.0.1, made once a run. */
    static final Path CERT = dir("tls").resolve("cert.pem");

    static final Path KEY = dir("tls").resolve("key.pem");

    static {
        trustOurCertificate();
    }

    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    final int dbPort = free();
    final int smtpPort;
    final int[] httpPorts = {free(), free()};
    final int[] gridPorts = {free(), free()};
    final int lbPort = free();
    /** nginx's plain HTTP port, which only redirects to {@link #lbPort} when {@link #tls}. */
    final int plainPort = free();
    /** TLS at nginx, as compose.yml runs it; the load suite keeps plain HTTP to compare with its past figures. */
    boolean tls = true;

    private Launched db;
    private final Launched[] nodes = new Launched[2];
    private Launched lb;
    /** {@code true}: the demo practice; {@code large}: the load test's 5,000 clients on top. */
    String demoData = "true";
    /** How long a node may take to come up (the large practice is written at the first start). */
    java.time.Duration startup = Duration.ofSeconds(240);
    /** Each node's heap, as the run command gives it. */
    String heap = "-Xmx512m";

    Cluster(int smtpPort) {
        this.smtpPort = smtpPort;
    }

    static int free() {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path dir(String name) {
        try {
            return Files.createDirectories(DIR.resolve(name)).toAbsolutePath();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // --- the database ---------------------------------------------------------------------------

    /** A new data directory, then the server; the schema is the app's (Flyway, at the first node's start). */
    void installDatabase() throws Exception {
        Path data = DIR.resolve("db").toAbsolutePath();
        if (Files.exists(data)) {
            try (var files = Files.walk(data)) {
                files.sorted(java.util.Comparator.reverseOrder())
                        .forEach(p -> p.toFile().delete());
            }
        }
        Process install = new ProcessBuilder(
                        "mariadb-install-db",
                        "--no-defaults",
                        "--datadir=" + data,
                        "--user=root",
                        "--auth-root-authentication-method=normal",
                        "--skip-test-db")
                .redirectErrorStream(true)
                .redirectOutput(dir("logs").resolve("db-install.log").toFile())
                .start();
        if (install.waitFor() != 0) {
            throw new IllegalStateException("mariadb-install-db failed; see target/cluster/logs/db-install.log");
        }
        startDatabase();
        exec("mariadb", "--no-defaults", "--socket=" + socket(), "-uroot", "-e", "CREATE DATABASE bodywork");
    }

    private static Path socket() {
        return DIR.resolve("db.sock").toAbsolutePath();
    }

    void startDatabase() {
        db = Launched.start(
                new ProcessBuilder(
                        "mariadbd",
                        "--no-defaults",
                        "--datadir=" + DIR.resolve("db").toAbsolutePath(),
                        "--user=root",
                        "--bind-address=127.0.0.1",
                        "--port=" + dbPort,
                        "--socket=" + socket(),
                        "--skip-log-bin",
                        "--max-connections=200",
                        // Durable commits, as a practice would run it: a confirmed booking survives a crash.
                        "--innodb-flush-log-at-trx-commit=1"),
                dir("logs").resolve("db.log"),
                Duration.ofSeconds(60),
                () -> {
                    try (var s = new java.net.Socket("127.0.0.1", dbPort)) {
                        return true;
                    } catch (IOException e) {
                        return false;
                    }
                });
    }

    void killDatabase() {
        db.kill();
    }

    String jdbcUrl() {
        return "jdbc:mysql://127.0.0.1:" + dbPort + "/bodywork?sslMode=DISABLED";
    }

    // --- the app nodes --------------------------------------------------------------------------

    void startNode(int i) {
        String members = "127.0.0.1:" + gridPorts[0] + ",127.0.0.1:" + gridPorts[1];
        ProcessBuilder b = new ProcessBuilder(
                "java",
                heap,
                "-Djava.io.tmpdir=" + dir("node" + (i + 1)),
                // Hazelcast gives up on a member that stopped answering after this long (default 60 s).
                "-Dhazelcast.max.no.heartbeat.seconds=5",
                "-Dhazelcast.heartbeat.interval.seconds=1",
                "-jar",
                System.getProperty("payara.microJar", "target/micro/payara-micro.jar"),
                "--deploy",
                System.getProperty("war", "target/bodywork.war"),
                "--contextroot",
                "/",
                "--port",
                String.valueOf(httpPorts[i]),
                "--name",
                "node" + (i + 1),
                "--clustername",
                "bodywork-cluster-test",
                "--clustermode",
                "tcpip:" + members,
                "--startport",
                String.valueOf(gridPorts[i]),
                "--interfaces",
                "127.0.0.1",
                // Both nodes share one address here; without this no backup of a session would be kept
                // on the other node, and killing one would lose its sessions.
                "--nohostaware");
        Map<String, String> env = b.environment();
        env.put("BODYWORK_DB_URL", jdbcUrl());
        env.put("BODYWORK_DB_USER", "root");
        env.put("BODYWORK_DEMO_DATA", demoData);
        // The tests sign in as the demo people with the published password (loopback only here).
        env.put("BODYWORK_DEMO_PASSWORD", "bodywork-demo-2026");
        // The tests register many people from one address (nginx in front: loopback).
        env.put("BODYWORK_REGISTER_ADDRESS_LIMIT", "1000");
        env.put("BODYWORK_ADMIN_EMAIL", Deployments.ADMIN_EMAIL);
        env.put("BODYWORK_ADMIN_PASSWORD", Deployments.ADMIN_PASSWORD);
        if (smtpPort > 0) { // else mail is only logged and listed, as in the demo
            env.put("BODYWORK_SMTP_HOST", "127.0.0.1");
            env.put("BODYWORK_SMTP_PORT", String.valueOf(smtpPort));
            env.put("BODYWORK_SMTP_STARTTLS", "false");
            env.put("BODYWORK_MAIL_POLL_SECONDS", "1");
        }
        env.put("BODYWORK_PUBLIC_URL", base());
        env.put("BODYWORK_PROXIES", "127.0.0.1");
        // The load comes from one address; its sign-ins are not an attack.
        env.put("BODYWORK_SIGNIN_ADDRESS_FAILURES", "1000");
        String url = "http://127.0.0.1:" + httpPorts[i] + "/health/ready";
        nodes[i] = Launched.start(b, dir("logs").resolve("node" + (i + 1) + ".log"), startup, () -> status(url) == 200);
    }

    /** Stops a node as an operator would (SIGTERM), to start it again. */
    void stopNode(int i) {
        nodes[i].close();
    }

    void killNode(int i) {
        nodes[i].kill();
    }

    long pid(int i) {
        return nodes[i].pid();
    }

    String node(int i) {
        return "http://127.0.0.1:" + httpPorts[i] + "/";
    }

    /** Which node ({@code 0} or {@code 1}) a port of nginx's log belongs to; -1 for none. */
    int nodeOf(String upstream) {
        for (int i = 0; i < 2; i++) {
            if (upstream.endsWith(":" + httpPorts[i])) {
                return i;
            }
        }
        return -1;
    }

    // --- the load balancer ----------------------------------------------------------------------

    /**
     * nginx in front of both nodes. A signed-in session stays on one node (hashed on its cookie), a
     * request without one goes to either; a node that refuses connections is skipped at once, and
     * an idempotent request it dropped is tried on the other.
     */
    void startBalancer() throws IOException {
        Path d = dir("nginx");
        for (String t : List.of("body", "proxy", "fastcgi", "uwsgi", "scgi")) {
            Files.createDirectories(d.resolve(t));
        }
        String conf = """
                worker_processes 1;
                daemon off;
                user root;
                pid %1$s/nginx.pid;
                error_log %1$s/error.log warn;
                events { worker_connections 2048; }
                http {
                  log_format route '$msec $status $upstream_addr $upstream_status $cookie_JSESSIONID $request_method $uri';
                  access_log %1$s/access.log route;
                  client_body_temp_path %1$s/body;
                  proxy_temp_path %1$s/proxy;
                  fastcgi_temp_path %1$s/fastcgi;
                  uwsgi_temp_path %1$s/uwsgi;
                  scgi_temp_path %1$s/scgi;
                  client_max_body_size 25m;
                  map $cookie_JSESSIONID $route { "" $request_id; default $cookie_JSESSIONID; }
                  upstream bodywork {
                    hash $route consistent;
                    server 127.0.0.1:%2$d max_fails=1 fail_timeout=10s;
                    server 127.0.0.1:%3$d max_fails=1 fail_timeout=10s;
                    keepalive 32;
                  }
                  server {
                    listen 127.0.0.1:%5$d;
                    return 301 https://$host:%4$d$request_uri;
                  }
                  server {
                    listen 127.0.0.1:%4$d%6$s;
                    ssl_certificate %7$s;
                    ssl_certificate_key %8$s;
                    ssl_protocols TLSv1.2 TLSv1.3;
                    location ~ ^/(metrics|openapi)(/|$) { return 404; }
                    location / {
                      proxy_pass http://bodywork;
                      proxy_http_version 1.1;
                      proxy_set_header Connection "";
                      proxy_set_header Host $http_host;
                      proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
                      proxy_set_header X-Forwarded-Proto $scheme;
                      proxy_connect_timeout 1s;
                      proxy_next_upstream error timeout http_502;
                      proxy_next_upstream_tries 2;
                    }
                  }
                }
                """.formatted(d, httpPorts[0], httpPorts[1], lbPort, plainPort, tls ? " ssl" : "", CERT, KEY);
        if (!tls) { // no certificate lines for a plain listener
            conf = conf.replaceAll("(?m)^ *ssl_.*\\n", "");
        }
        Files.writeString(d.resolve("nginx.conf"), conf);
        lb = Launched.start(
                new ProcessBuilder(
                        "nginx",
                        "-p",
                        d.toString(),
                        "-c",
                        d.resolve("nginx.conf").toString()),
                dir("logs").resolve("nginx.log"),
                Duration.ofSeconds(20),
                () -> status(base() + "health/ready") == 200);
    }

    String base() {
        return (tls ? "https" : "http") + "://127.0.0.1:" + lbPort + "/";
    }

    String plainBase() {
        return "http://127.0.0.1:" + plainPort + "/";
    }

    /**
     * A self-signed certificate for nginx (openssl, as {@code docker/tls-cert.sh} makes one), and
     * this JVM's default TLS context trusting it alone, so every client of the tests (the HTTP
     * clients of {@code it.Http}, {@code it.Pages} and {@link Load}) checks nginx's certificate and
     * host name as it would a practice's. Chromium is told to accept it ({@code it.Browser}).
     */
    private static void trustOurCertificate() {
        try {
            Process p = new ProcessBuilder(
                            "openssl",
                            "req",
                            "-x509",
                            "-newkey",
                            "rsa:2048",
                            "-nodes",
                            "-days",
                            "2",
                            "-subj",
                            "/CN=127.0.0.1",
                            "-addext",
                            "subjectAltName=IP:127.0.0.1,DNS:localhost",
                            "-keyout",
                            KEY.toString(),
                            "-out",
                            CERT.toString())
                    .redirectErrorStream(true)
                    .start();
            String out = new String(p.getInputStream().readAllBytes());
            if (p.waitFor() != 0) {
                throw new IllegalStateException("openssl: " + out);
            }
            java.security.KeyStore trusted =
                    java.security.KeyStore.getInstance(java.security.KeyStore.getDefaultType());
            trusted.load(null, null);
            try (var in = Files.newInputStream(CERT)) {
                trusted.setCertificateEntry(
                        "nginx",
                        java.security.cert.CertificateFactory.getInstance("X.509")
                                .generateCertificate(in));
            }
            var trust = javax.net.ssl.TrustManagerFactory.getInstance(
                    javax.net.ssl.TrustManagerFactory.getDefaultAlgorithm());
            trust.init(trusted);
            javax.net.ssl.SSLContext context = javax.net.ssl.SSLContext.getInstance("TLS");
            context.init(null, trust.getTrustManagers(), null);
            javax.net.ssl.SSLContext.setDefault(context);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** nginx's access log: time, status, upstream, upstream status, session cookie, method, path. */
    List<String[]> routes() {
        try {
            List<String[]> lines = new ArrayList<>();
            for (String line : Files.readAllLines(dir("nginx").resolve("access.log"))) {
                lines.add(line.split(" "));
            }
            return lines;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static int status(String url) {
        try {
            return HTTP.send(
                            HttpRequest.newBuilder(URI.create(url))
                                    .timeout(Duration.ofSeconds(3))
                                    .build(),
                            HttpResponse.BodyHandlers.discarding())
                    .statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    private static void exec(String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        if (p.waitFor() != 0) {
            throw new IllegalStateException(String.join(" ", command) + ": " + out);
        }
    }

    @Override
    public void close() {
        if (lb != null) {
            lb.close();
        }
        for (Launched n : nodes) {
            if (n != null && n.alive()) {
                n.close();
            }
        }
        if (db != null && db.alive()) {
            db.close();
        }
    }
}
