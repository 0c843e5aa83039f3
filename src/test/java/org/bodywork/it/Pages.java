package org.bodywork.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser's view of the pages, without the browser: cookies kept, redirects not followed, and
 * the sign-in form (with its second step) filled in as a person would.
 */
public final class Pages {

    private static final Pattern VIEW_STATE =
            Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");

    private static final Pattern NONCE = Pattern.compile("PrimeFaces\\.csp\\.init\\('([^']+)'\\)");

    private final URI base;
    private final CookieManager cookies = new CookieManager();
    private final HttpClient client;
    private final String address;

    public Pages(URI base) {
        this(base, null);
    }

    /** With {@code address}, the pages are asked for from there ({@link Http#someAddress()}). */
    Pages(URI base, String address) {
        this.base = base;
        this.address = address;
        this.client = HttpClient.newBuilder()
                .cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    public static Pages signedIn(URI base, String email, String password) {
        return new Pages(base).signIn(email, password);
    }

    /** Signs in through the sign-in page and, if the account has one, the code page. */
    Pages signIn(String email, String password) {
        if (Browser.mustHaveTwoSteps(email)) {
            Browser.enrolled(email);
        }
        HttpResponse<String> form = get("login");
        HttpResponse<String> after = post(
                "login",
                "signin",
                form.body(),
                Map.of("signin:email", email, "signin:password", password, "signin:next", ""),
                "signin:submit");
        assertEquals(302, after.statusCode(), after.body());
        if (after.headers().firstValue("Location").orElse("").contains("/login-code")) {
            HttpResponse<String> code = get("login-code");
            HttpResponse<String> done = post(
                    "login-code",
                    "second",
                    code.body(),
                    Map.of("second:code", Browser.code(email), "second:next", ""),
                    "second:submit");
            assertEquals(302, done.statusCode(), done.body());
            assertTrue(!done.headers().firstValue("Location").orElse("").contains("/login"), "signed in");
        }
        return this;
    }

    /** The session cookie the server set, for a browser to carry on with. */
    Optional<HttpCookie> session() {
        return cookies.getCookieStore().get(base).stream()
                .filter(c -> c.getName().equals("JSESSIONID"))
                .findFirst();
    }

    /** Every cookie the server set, as one Cookie header: for a load tool to carry the session on. */
    public String cookieHeader() {
        return cookies.getCookieStore().get(base).stream()
                .map(c -> c.getName() + "=" + c.getValue())
                .collect(Collectors.joining("; "));
    }

    public HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(base.resolve(path)).GET());
    }

    /** Submits a JSF form found in the page: its view state, the fields given and the button. */
    public HttpResponse<String> post(String path, String form, String page, Map<String, String> fields, String button) {
        Matcher state = VIEW_STATE.matcher(page);
        assertTrue(state.find(), "a view state in " + path);
        Map<String, String> all = new LinkedHashMap<>(fields);
        all.put(form, form);
        all.put(button, "");
        all.put("jakarta.faces.ViewState", state.group(1).replace("&#58;", ":"));
        // PrimeFaces' script sends the page's nonce with every post of a page that has one.
        Matcher nonce = NONCE.matcher(page);
        if (nonce.find()) {
            all.put("primefaces.nonce", nonce.group(1).replace("\\/", "/"));
        }
        return postPlain(path, all);
    }

    /** Posts a plain HTML form (no Faces view state): the fields as given. */
    public HttpResponse<String> postPlain(String path, Map<String, String> fields) {
        String body = fields.entrySet().stream()
                .map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(base.resolve(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        if (address != null) {
            request.header("X-Forwarded-For", address);
        }
        try {
            return client.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
