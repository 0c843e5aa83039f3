package org.bodywork.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/** A small HTTP client for API tests, talking to the app on loopback. */
public final class Http {

    private final HttpClient client =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final URI base;

    /** @param deployed the deployment's URL as Arquillian gives it; its host is replaced by localhost */
    public Http(URL deployed) {
        this.base = URI.create("http://localhost:" + deployed.getPort() + deployed.getPath());
    }

    public Http(URI base) {
        this.base = base;
    }

    public URI base() {
        return base;
    }

    /** Same server, path from its root (for /health and /openapi, which are not under the app). */
    public URI root(String path) {
        return base.resolve("/").resolve(path);
    }

    public HttpResponse<String> get(String path, String... credentials) {
        return send(request(base.resolve(path), credentials).GET());
    }

    /** A GET whose answer is not text, e.g. a PDF. */
    public HttpResponse<byte[]> getBytes(String path, String... credentials) {
        try {
            return client.send(
                    request(base.resolve(path), credentials)
                            .setHeader("Accept", "*/*")
                            .GET()
                            .build(),
                    HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public HttpResponse<String> getRoot(String path) {
        return send(HttpRequest.newBuilder(root(path))
                .timeout(Duration.ofSeconds(30))
                .GET());
    }

    public HttpResponse<String> post(String path, String contentType, String body, String... credentials) {
        return send(request(base.resolve(path), credentials)
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** Any method with a JSON body, e.g. PUT. */
    public HttpResponse<String> send(String method, String path, String json, String... credentials) {
        return send(request(base.resolve(path), credentials)
                .header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(json)));
    }

    public HttpResponse<String> postJson(String path, String json, String... credentials) {
        return post(path, "application/json", json, credentials);
    }

    /** Registers a new client through the API, with the tests' password; returns the e-mail address. */
    public String registerClient(String who) {
        String email = Deployments.uniqueEmail(who);
        postJson(
                "api/v1/accounts",
                "{\"email\":\"" + email + "\",\"password\":\"" + Deployments.PASSWORD + "\",\"name\":\"Pat " + who
                        + "\"}");
        return email;
    }

    /**
     * Registers a new therapist through the real registration page (therapists cannot register
     * through the API), posting its form with the page's view state; returns the e-mail address.
     */
    public String registerTherapist(String who) {
        HttpClient browser = HttpClient.newBuilder()
                .cookieHandler(new java.net.CookieManager())
                .connectTimeout(Duration.ofSeconds(10))
                .build();
        try {
            String page = browser.send(
                            HttpRequest.newBuilder(base.resolve("register"))
                                    .GET()
                                    .build(),
                            HttpResponse.BodyHandlers.ofString())
                    .body();
            java.util.regex.Matcher state = java.util.regex.Pattern.compile(
                            "name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"")
                    .matcher(page);
            if (!state.find()) {
                throw new IllegalStateException("No view state on the registration page");
            }
            String email = Deployments.uniqueEmail(who);
            String form = java.util.Map.of(
                            "register",
                            "register",
                            "register:role",
                            "THERAPIST",
                            "register:name",
                            "Therapist " + who,
                            "register:email",
                            email,
                            "register:password",
                            Deployments.PASSWORD,
                            "register:submit",
                            "",
                            "jakarta.faces.ViewState",
                            state.group(1))
                    .entrySet()
                    .stream()
                    .map(e -> java.net.URLEncoder.encode(e.getKey(), java.nio.charset.StandardCharsets.UTF_8) + "="
                            + java.net.URLEncoder.encode(e.getValue(), java.nio.charset.StandardCharsets.UTF_8))
                    .collect(java.util.stream.Collectors.joining("&"));
            HttpResponse<String> sent = browser.send(
                    HttpRequest.newBuilder(base.resolve("register"))
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString(form))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            if (sent.statusCode() != 302) {
                throw new IllegalStateException("Registration answered " + sent.statusCode());
            }
            return email;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** PUT of raw bytes with a content type, e.g. an evidence file. */
    public HttpResponse<String> putBytes(String path, String contentType, byte[] body, String... credentials) {
        return send(request(base.resolve(path), credentials)
                .header("Content-Type", contentType)
                .PUT(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    public static JsonObject json(HttpResponse<String> response) {
        return Json.createReader(new StringReader(response.body())).readObject();
    }

    public static jakarta.json.JsonArray array(HttpResponse<String> response) {
        return Json.createReader(new StringReader(response.body())).readArray();
    }

    private static HttpRequest.Builder request(URI uri, String... credentials) {
        HttpRequest.Builder builder =
                HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30)).header("Accept", "application/json");
        if (credentials.length == 2) {
            String pair = credentials[0] + ":" + credentials[1];
            builder.header(
                    "Authorization",
                    "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8)));
        }
        return builder;
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
