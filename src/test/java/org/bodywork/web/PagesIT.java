package org.bodywork.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.bodywork.it.Browser;
import org.bodywork.it.ClassBrowser;
import org.bodywork.it.Db;
import org.bodywork.it.Deployments;
import org.bodywork.it.Http;
import org.bodywork.it.Pages;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;

/** The pages, as a person uses them: headless Chromium against the app on Payara Micro and MariaDB. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PagesIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.app();
    }

    @ArquillianResource
    URL url;

    @RegisterExtension
    static final ClassBrowser chromium = new ClassBrowser();

    private Browser browser;
    private Http http;

    @BeforeEach
    void open() {
        http = new Http(url);
        browser = chromium.open(http.base().toString());
    }

    @Test
    void aClientRegistersConfirmsTheirAddressAndLandsOnTheirDashboard() {
        String email = Deployments.uniqueEmail("robin");
        register("0", "Robin Register", email);
        assertEquals("/login?registered", browser.path());
        String sent = browser.text("#registered");
        assertTrue(sent.contains("We have sent a message to the address you gave"), sent);
        browser.screenshot("registered");
        // Signed in before the link is opened: the dashboard asks for it, and booking is refused.
        browser.signIn(email, Deployments.PASSWORD);
        assertEquals("/client/", browser.path());
        assertTrue(browser.text("#unconfirmed").contains("Confirm your e-mail address"), browser.text("main"));
        assertEquals(
                "email_unconfirmed",
                Http.json(http.postJson(
                                "api/v1/appointments",
                                "{\"therapistId\":1,\"serviceId\":1,\"start\":\"2030-01-07T10:00:00Z\"}",
                                email,
                                Deployments.PASSWORD))
                        .getString("error"));
        HttpResponse<String> form = http.send(
                "PUT",
                "api/v1/clients/me/intake",
                "{\"dateOfBirth\":\"1985-04-12\",\"conditions\":[],\"consent\":{\"treatment\":true,\"healthData\":true}}",
                email,
                Deployments.PASSWORD);
        assertEquals(422, form.statusCode(), form.body());
        assertEquals("email_unconfirmed", Http.json(form).getString("error"));
        assertEquals(
                "0",
                Db.one(
                        "SELECT COUNT(*) FROM intake_version v JOIN account a ON a.id = v.client_id WHERE a.email = ?",
                        email));
        String first = Http.confirmationLink(email);
        browser.submit("#confirmation\\:resend");
        assertTrue(browser.text("#messages").contains("Sent."), browser.text("#messages"));
        String second = Http.confirmationLink(email);
        assertNotEquals(first, second, "a new link");

        browser.open(first.substring(first.indexOf("/confirm")));
        assertTrue(browser.text("#outcome").contains("That link does not work"), "the old link is void");
        browser.open(second.substring(second.indexOf("/confirm")));
        assertTrue(browser.text("#outcome").contains("your e-mail address is confirmed"), browser.text("#outcome"));
        browser.open(second.substring(second.indexOf("/confirm")));
        assertTrue(browser.text("#outcome").contains("That link does not work"), "a link works once");
        browser.open("/client/");
        assertEquals("My dashboard", browser.text("h1"));
        assertTrue(browser.text(".welcome").contains("Robin Register"));
        assertTrue(
                browser.driver()
                        .findElements(org.openqa.selenium.By.id("unconfirmed"))
                        .isEmpty(),
                "confirmed");
        browser.screenshot("client-dashboard");
    }

    @Test
    void aClientSeesTheirApiTokensAndRevokesOneOnTheSecurityPage() {
        String client = http.registerClient("tokenpage");
        HttpResponse<String> made = http.passwordOnly()
                .postJson(
                        "api/v1/tokens",
                        "{\"email\":\"" + client + "\",\"password\":\"" + Deployments.PASSWORD
                                + "\",\"code\":\"\",\"name\":\"Calendar sync\"}");
        assertEquals(201, made.statusCode(), made.body());
        String token = Http.json(made).getString("token");
        assertEquals(200, http.withToken("GET", "api/v1/me", null, token).statusCode());
        browser.signedIn(client, Deployments.PASSWORD);
        browser.open("/account/security");
        String list = browser.text("#tokens");
        assertTrue(list.contains("Calendar sync") && list.contains("works until"), list);
        browser.screenshot("api-tokens");
        browser.submit("#tokens button[title='Revoke Calendar sync']");
        assertTrue(browser.text("#messages").contains("The token is revoked"), browser.text("#messages"));
        assertTrue(browser.text("#tokens").contains("revoked or expired"), browser.text("#tokens"));
        assertEquals(401, http.withToken("GET", "api/v1/me", null, token).statusCode(), "it stops working at once");
    }

    @Test
    void registeringWithAnAddressThatHasAnAccountAnswersTheSameAndTellsItsOwner() {
        String taken = http.registerClient("taken");
        long before = Long.parseLong(Db.one("SELECT COUNT(*) FROM account"));
        register("1", "Someone Else", taken);
        assertEquals("/login?registered", browser.path(), "the same answer as a new address");
        assertTrue(browser.text("#registered").contains("We have sent a message"));
        assertEquals(before, Long.parseLong(Db.one("SELECT COUNT(*) FROM account")));
        assertEquals(
                "1", Db.one("SELECT COUNT(*) FROM outbox WHERE kind = 'already_registered' AND recipient = ?", taken));
        assertEquals(
                "CLIENT",
                Db.one(
                        "SELECT role FROM account_role r JOIN account a ON a.id = r.account_id WHERE a.email = ?",
                        taken));
        // The API answers the same too.
        HttpResponse<String> again = http.postJson(
                "api/v1/accounts",
                "{\"email\":\"" + taken + "\",\"password\":\"" + Deployments.PASSWORD + "\",\"name\":\"Pat\"}");
        HttpResponse<String> fresh = http.postJson(
                "api/v1/accounts",
                "{\"email\":\"" + Deployments.uniqueEmail("fresh") + "\",\"password\":\"" + Deployments.PASSWORD
                        + "\",\"name\":\"Pat\"}");
        assertEquals(202, again.statusCode());
        assertEquals(fresh.statusCode(), again.statusCode());
        assertEquals(Http.json(fresh).getString("status"), Http.json(again).getString("status"));
    }

    private void register(String role, String name, String email) {
        browser.open("/register");
        browser.find("label[for='register:role:" + role + "']").click();
        browser.type("#register\\:name", name);
        browser.type("#register\\:email", email);
        browser.type("#register\\:password", Deployments.PASSWORD);
        browser.submit("#register\\:submit");
    }

    @Test
    void registrationSaysWhatIsWrongAndSavesNothing() {
        String email = Deployments.uniqueEmail("oops");
        browser.open("/register");
        browser.find("label[for='register:role:1']").click();
        browser.type("#register\\:name", "Olly Oops");
        browser.type("#register\\:email", email);
        browser.type("#register\\:password", "too short");
        browser.submit("#register\\:submit");
        assertEquals("/register", browser.path().replace(".xhtml", ""));
        assertTrue(browser.text("#register\\:password + .ui-message, .ui-message-error")
                .contains("at least 12 characters"));
        browser.screenshot("register-weak-password");
        // Nothing was saved: the same address can still register, as a therapist.
        browser.type("#register\\:password", Deployments.PASSWORD);
        browser.submit("#register\\:submit");
        assertEquals("/login?registered", browser.path());
        assertEquals(
                "THERAPIST",
                Db.one(
                        "SELECT role FROM account_role r JOIN account a ON a.id = r.account_id WHERE a.email = ?",
                        email));
    }

    @Test
    void eachRoleSignsInToItsOwnDashboardAndOut() {
        String client = http.registerClient("client");
        String[][] people = {
            {client, Deployments.PASSWORD, "/client/", "My dashboard"},
            {Deployments.ADMIN_EMAIL, Deployments.ADMIN_PASSWORD, "/admin/", "Admin"},
        };
        for (String[] person : people) {
            browser.signIn(person[0], person[1]);
            assertEquals(person[2], browser.path(), person[0]);
            assertEquals(person[3], browser.text("h1"));
            browser.signOut();
            assertTrue(browser.text(".signed-out").contains("You are signed out"));
            browser.open(person[2]);
            assertTrue(browser.path().startsWith("/login"), "after sign-out " + browser.path());
        }
    }

    @Test
    void aTherapistSignsInAndOut() {
        browser.open("/register");
        String email = Deployments.uniqueEmail("tess");
        browser.find("label[for='register:role:1']").click();
        browser.type("#register\\:name", "Tess Test");
        browser.type("#register\\:email", email);
        browser.type("#register\\:password", Deployments.PASSWORD);
        browser.submit("#register\\:submit");
        browser.signIn(email, Deployments.PASSWORD);
        assertEquals("/therapist/", browser.path());
        assertEquals("My practice", browser.text("h1"));
        browser.signOut();
        browser.open("/therapist/");
        assertTrue(browser.path().startsWith("/login"));
    }

    @Test
    void aClientIsRefusedTheAdminPage() {
        String nosy = http.registerClient("nosy");
        browser.signedIn(nosy, Deployments.PASSWORD);
        browser.open("/admin/");
        assertEquals("You cannot open this page", browser.text("h1"));
        browser.open("/admin/accounts");
        assertEquals("You cannot open this page", browser.text("h1"));
        browser.screenshot("client-refused-admin");
        assertEquals(
                "1",
                org.bodywork.it.Db.one(
                        "SELECT COUNT(*) FROM audit_event WHERE actor = ? AND action = 'DENIED' AND detail = 'GET /admin/accounts'",
                        nosy),
                "the refusal is audited");
        assertEquals(
                "1",
                org.bodywork.it.Db.one(
                        "SELECT COUNT(*) FROM audit_event WHERE actor = ? AND action = 'SIGN_IN' AND address IS NOT NULL",
                        nosy));
    }

    @Test
    void aSignedOutVisitorIsSentToSignInAndThenBack() {
        String client = http.registerClient("returning");
        browser.open("/client/");
        assertTrue(browser.path().startsWith("/login?next="), browser.path());
        browser.type("#signin\\:email", client);
        browser.type("#signin\\:password", Deployments.PASSWORD);
        browser.submit("#signin\\:submit");
        assertEquals("/client/", browser.path());
    }

    @Test
    void aWrongPasswordSaysSoAndTheSessionIdChangesAtSignIn() {
        String client = http.registerClient("careful");
        browser.signIn(client, "not my password");
        assertTrue(browser.text(".ui-messages-error").contains("do not match an account"));
        String before = browser.cookie("JSESSIONID");
        browser.type("#signin\\:password", Deployments.PASSWORD);
        browser.submit("#signin\\:submit");
        assertEquals("/client/", browser.path());
        assertNotEquals(before, browser.cookie("JSESSIONID"));
        Cookie session = browser.driver().manage().getCookieNamed("JSESSIONID");
        assertTrue(session.isHttpOnly(), "scripts cannot read the session cookie");
        assertEquals("Lax", session.getSameSite());
    }

    @Test
    void pagesAndTheirScriptsAreCompressedForABrowserThatAsks() throws Exception {
        // Issue 22: the server compresses (docker/single-node.asadmin, which the tests start with too).
        // HTTP/1.1 as a browser speaks it on plain http (Java's client would ask to upgrade to h2c).
        java.net.http.HttpClient client = java.net.http.HttpClient.newBuilder()
                .version(java.net.http.HttpClient.Version.HTTP_1_1)
                .build();
        for (String path : List.of("therapists/", "login")) {
            HttpResponse<byte[]> zipped = client.send(
                    java.net.http.HttpRequest.newBuilder(http.base().resolve(path))
                            .header("Accept-Encoding", "gzip")
                            .build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            assertEquals(200, zipped.statusCode());
            assertEquals("gzip", zipped.headers().firstValue("Content-Encoding").orElse(""), path);
            assertEquals("Accept-Encoding", zipped.headers().firstValue("Vary").orElse(""), path);
            String page = new String(
                    new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(zipped.body())).readAllBytes(),
                    java.nio.charset.StandardCharsets.UTF_8);
            assertTrue(page.contains("</html>"), path);
            assertTrue(zipped.body().length * 2 < page.length(), path + ": less than half the size");
        }
        HttpResponse<String> plain = http.get("therapists/");
        assertTrue(plain.headers().firstValue("Content-Encoding").isEmpty(), "none for a client that does not ask");
    }

    @Test
    void pagesCarryANoncedScriptPolicyAndNothingPersonalIsCached() {
        HttpResponse<String> page = http.get("login");
        assertEquals(200, page.statusCode());
        String policy = page.headers().firstValue("Content-Security-Policy").orElseThrow();
        assertTrue(policy.matches(".*script-src 'self' 'nonce-[^']+';?$"), policy);
        assertTrue(policy.contains("frame-ancestors 'none'"), policy);
        assertTrue(policy.contains("object-src 'none'"), policy);
        assertFalse(policy.contains("unsafe-eval"), policy);
        String nonce = policy.replaceAll(".*'nonce-([^']+)'.*", "$1");
        assertTrue(page.body().contains("nonce=\"" + nonce + "\""), "the page's scripts carry the nonce");
        assertNotEquals(
                nonce,
                http.get("login")
                        .headers()
                        .firstValue("Content-Security-Policy")
                        .orElseThrow()
                        .replaceAll(".*'nonce-([^']+)'.*", "$1"),
                "a new nonce each time");
        assertEquals(1, page.headers().allValues("Content-Security-Policy").size());
        common(page);
        assertEquals("no-store", page.headers().firstValue("Cache-Control").orElseThrow());

        String client = http.registerClient("headers");
        HttpResponse<String> api = http.get("api/v1/me", client, Deployments.PASSWORD);
        assertEquals(200, api.statusCode());
        common(api);
        assertEquals("no-store", api.headers().firstValue("Cache-Control").orElseThrow());
        assertTrue(api.headers()
                .firstValue("Content-Security-Policy")
                .orElseThrow()
                .startsWith("default-src 'none'"));
        HttpResponse<String> refused = http.get("api/v1/me");
        assertEquals(401, refused.statusCode());
        common(refused);
        HttpResponse<String> missing = http.get("no-such-page");
        assertEquals(404, missing.statusCode());
        common(missing);

        // The pages' scripts and styles are the same for everyone, so they may be cached.
        java.util.regex.Matcher script = java.util.regex.Pattern.compile(
                        "src=\"([^\"]*/jakarta.faces.resource/[^\"]+)\"")
                .matcher(page.body());
        assertTrue(script.find(), "a script resource");
        HttpResponse<String> resource =
                http.getRoot(script.group(1).substring(1).replace("&amp;", "&"));
        assertEquals(200, resource.statusCode());
        assertFalse(resource.headers().firstValue("Cache-Control").orElse("").contains("no-store"));
        if (script.group(1).contains("v=")) {
            assertEquals(
                    "public, max-age=31536000, immutable",
                    resource.headers().firstValue("Cache-Control").orElse(""),
                    "a versioned library resource is cached for good");
        }
        assertEquals(
                "nosniff",
                resource.headers().firstValue("X-Content-Type-Options").orElseThrow());

        // The browser enforces the policy, and the browser tests see when a page breaks it.
        browser.open("/login");
        org.openqa.selenium.JavascriptExecutor js = (org.openqa.selenium.JavascriptExecutor) browser.driver();
        js.executeScript("var s = document.createElement('script'); s.textContent = 'window.injected = 1;';"
                + " document.body.appendChild(s);");
        assertEquals(null, js.executeScript("return window.injected;"));
        assertFalse(browser.violations().isEmpty(), "an injected inline script is refused and reported");
    }

    @Test
    void aClientTurnsOnTwoStepSignInAndThenNeedsACodeOrARecoveryCode() {
        String client = http.registerClient("twostep");
        browser.signIn(client, Deployments.PASSWORD);
        assertEquals("/client/", browser.path(), "clients are not made to");
        browser.open("/account/security");
        browser.type("#mfa\\:password", "not my password at all");
        browser.submit("#mfa\\:start");
        assertTrue(browser.text("#mfa").contains("That is not your password"), browser.text("#mfa"));
        List<String> codes = browser.setUpTwoStep(client, Deployments.PASSWORD);
        assertEquals(10, codes.size());
        assertEquals("/client/", browser.path());
        assertEquals(
                "0",
                org.bodywork.it.Db.one(
                        "SELECT COUNT(*) FROM recovery_code WHERE code_hash LIKE ?", "%" + codes.get(0) + "%"),
                "only hashes are kept");
        browser.signOut();

        passwordOnly(client);
        browser.open("/client/");
        assertTrue(browser.path().startsWith("/login"), "the password alone does not sign in: " + browser.path());
        passwordOnly(client);
        browser.type("#second\\:code", "000000");
        browser.submit("#second\\:submit");
        assertTrue(browser.path().startsWith("/login-code"));
        browser.screenshot("twostep-wrong-code");
        assertTrue(browser.text("#second").contains("That code is not right"), browser.text("#second"));
        browser.type("#second\\:code", codes.get(0));
        browser.submit("#second\\:submit");
        assertEquals("/client/", browser.path(), "a recovery code signs in");
        browser.signOut();
        passwordOnly(client);
        browser.type("#second\\:code", codes.get(0));
        browser.submit("#second\\:submit");
        assertTrue(browser.text("#second").contains("That code is not right"), "a recovery code works once");
        browser.type("#second\\:code", Browser.code(client));
        browser.submit("#second\\:submit");
        assertEquals("/client/", browser.path(), "and the app's code does");
        browser.open("/account/security");
        assertTrue(browser.text("#on").contains("9"), browser.text("#on"));
        assertEquals(
                "2",
                org.bodywork.it.Db.one(
                        "SELECT COUNT(*) FROM audit_event WHERE actor = ? AND action = 'SIGN_IN_FAILED' AND detail = 'code'",
                        client));
        assertEquals(
                "1",
                org.bodywork.it.Db.one(
                        "SELECT COUNT(*) FROM audit_event WHERE actor = ? AND action = 'MFA_ENABLED'", client));
    }

    @Test
    void aTherapistMustSetUpTwoStepSignInBeforeAnythingElse() {
        String therapist = http.registerTherapist("forced");
        passwordOnly(therapist);
        assertTrue(browser.path().startsWith("/account/security"), browser.path());
        assertTrue(browser.text("#required").contains("needs two-step sign-in"));
        browser.open("/therapist/hours");
        assertTrue(browser.path().startsWith("/account/security"), "nothing else first: " + browser.path());
        browser.setUpTwoStep(therapist, Deployments.PASSWORD);
        assertEquals("/therapist/", browser.path());
        browser.open("/therapist/hours");
        assertEquals("/therapist/hours", browser.path());
    }

    /** The first step only: e-mail and password on the sign-in page. */
    private void passwordOnly(String email) {
        browser.open("/login");
        browser.type("#signin\\:email", email);
        browser.type("#signin\\:password", Deployments.PASSWORD);
        browser.submit("#signin\\:submit");
    }

    @Test
    void aFormPostWithAForgedOrStaleScriptNonceIsRefusedWithoutAServerError() throws Exception {
        var client = java.net.http.HttpClient.newBuilder()
                .cookieHandler(new java.net.CookieManager())
                .followRedirects(java.net.http.HttpClient.Redirect.NEVER)
                .build();
        java.net.URI login = http.base().resolve("login");
        String page = client.send(
                        java.net.http.HttpRequest.newBuilder(login).GET().build(), HttpResponse.BodyHandlers.ofString())
                .body();
        java.util.regex.Matcher state = java.util.regex.Pattern.compile(
                        "name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"")
                .matcher(page);
        assertTrue(state.find());
        for (String forged : List.of(
                "primefaces.nonce=forged&jakarta.faces.ViewState=" + enc(state.group(1)),
                "primefaces.nonce=forged&jakarta.faces.ViewState=stale",
                "signin=%27%3Bsleep%287%29&primefaces.nonce=&jakarta.faces.ViewState=stale")) {
            HttpResponse<String> r = client.send(
                    java.net.http.HttpRequest.newBuilder(login)
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(java.net.http.HttpRequest.BodyPublishers.ofString(
                                    "signin=signin&signin%3Aemail=a%40b.org&signin%3Apassword=x&signin%3Asubmit=&"
                                            + forged))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertTrue(r.statusCode() < 500, forged + " answered " + r.statusCode());
        }
    }

    /**
     * The shared server trusts loopback as its proxy (arquillian.xml), so these requests are what
     * nginx passes on after ending TLS (ClusterIT tries the whole path through nginx).
     */
    @Test
    void aRequestThatCameOverHttpsThroughTheProxyIsAnsweredAsHttps() throws Exception {
        var client = java.net.http.HttpClient.newBuilder()
                .version(java.net.http.HttpClient.Version.HTTP_1_1)
                .followRedirects(java.net.http.HttpClient.Redirect.NEVER)
                .build();
        java.util.function.Function<String, HttpResponse<String>> viaHttps = path -> {
            try {
                return client.send(
                        java.net.http.HttpRequest.newBuilder(http.base().resolve(path))
                                .header("X-Forwarded-Proto", "https")
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
            } catch (java.io.IOException | InterruptedException e) {
                throw new IllegalStateException(e);
            }
        };
        HttpResponse<String> page = viaHttps.apply("login");
        assertEquals(200, page.statusCode());
        assertEquals(
                "max-age=31536000",
                page.headers().firstValue("Strict-Transport-Security").orElseThrow());
        // As written, not as Chromium reads it (it takes a cookie without SameSite as Lax).
        String cookie = page.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("JSESSIONID="))
                .findFirst()
                .orElseThrow()
                .toLowerCase(java.util.Locale.ROOT);
        assertTrue(cookie.contains("; samesite=lax") && cookie.contains("; httponly"), cookie);
        assertTrue(
                http.get("login")
                        .headers()
                        .firstValue("Strict-Transport-Security")
                        .isEmpty(),
                "no HSTS for a plain HTTP request");
        // Redirects keep the scheme the browser used: relative, not the proxy's http://.
        HttpResponse<String> away = viaHttps.apply("client/");
        assertEquals(302, away.statusCode());
        String to = away.headers().firstValue("Location").orElseThrow();
        assertTrue(to.startsWith("/") && to.contains("/login"), to);
        // What JAX-RS makes absolute (a booking's Location) ClusterIT checks through nginx.
    }

    private static String enc(String s) {
        return java.net.URLEncoder.encode(s, java.nio.charset.StandardCharsets.UTF_8);
    }

    private static void common(HttpResponse<String> r) {
        assertEquals(
                "nosniff",
                r.headers().firstValue("X-Content-Type-Options").orElseThrow(),
                r.uri().toString());
        assertEquals(
                "same-origin",
                r.headers().firstValue("Referrer-Policy").orElseThrow(),
                r.uri().toString());
        assertEquals(
                "DENY",
                r.headers().firstValue("X-Frame-Options").orElseThrow(),
                r.uri().toString());
    }

    @Test
    void aClientClosesTheirAccountWithTheirPasswordAndAnAdminErasesIt() {
        String client = http.registerClient("leaving");
        Browser elsewhere = new Browser(http.base().toString());
        try {
            elsewhere.signedIn(client, Deployments.PASSWORD);
            browser.signedIn(client, Deployments.PASSWORD);
            browser.open("/client/");
            browser.find("#erasure").click();
            assertEquals("/client/erasure", browser.path().replace(".xhtml", ""));
            assertTrue(browser.text("#nothingKept").contains("no treatments"), browser.text("#nothingKept"));
            browser.type("#erasure\\:password", "not my password at all");
            browser.submit("#erasure\\:confirm");
            assertTrue(browser.text("#erasure").contains("That is not your password"), browser.text("#erasure"));
            browser.screenshot("erasure-wrong-password");
            assertEquals(
                    200, http.get("api/v1/me", client, Deployments.PASSWORD).statusCode(), "nothing happened");
            browser.type("#erasure\\:password", Deployments.PASSWORD);
            browser.submit("#erasure\\:confirm");
            assertEquals("/?closed", browser.path());
            assertTrue(browser.text(".signed-out").contains("Your account is closed"), browser.text(".signed-out"));
            elsewhere.open("/client/");
            assertTrue(elsewhere.path().startsWith("/login"), "its other sessions ended: " + elsewhere.path());
        } finally {
            elsewhere.close();
        }
        assertEquals(401, http.get("api/v1/me", client, Deployments.PASSWORD).statusCode());

        browser.signedIn(Deployments.ADMIN_EMAIL, Deployments.ADMIN_PASSWORD);
        browser.open("/admin/erasures");
        String row = "//tr[td[contains(., 'Pat leaving')]]";
        assertTrue(browser.driver().findElement(By.xpath(row)).getText().contains("Waiting"));
        browser.screenshot("admin-erasures");
        String button = browser.driver().findElement(By.xpath(row + "//button")).getAttribute("id");
        browser.submit("#" + button.replace(":", "\\:"));
        assertTrue(browser.text(".ui-messages-info").contains("Erased"), browser.text("#erasures"));
    }

    @Test
    void changingThePasswordSignsOutEverywhereElseButHere() {
        String client = http.registerClient("changer");
        String fresh = "a brand new passphrase 2027";
        Browser elsewhere = new Browser(http.base().toString());
        try {
            elsewhere.signedIn(client, Deployments.PASSWORD);
            browser.signedIn(client, Deployments.PASSWORD);
            browser.open("/account/details");
            browser.type("#pw\\:current", "not my password at all");
            browser.type("#pw\\:next", "short");
            browser.submit("#pw\\:change");
            String both = browser.text("#pw");
            assertTrue(both.contains("That is not your password") && both.contains("at least 12 characters"), both);
            browser.type("#pw\\:current", "not my password at all");
            browser.type("#pw\\:next", fresh);
            browser.submit("#pw\\:change");
            assertTrue(browser.text("#pw").contains("That is not your password"), browser.text("#pw"));
            browser.type("#pw\\:current", Deployments.PASSWORD);
            browser.type("#pw\\:next", fresh);
            browser.submit("#pw\\:change");
            assertTrue(browser.text(".ui-messages-info").contains("Your password is changed"), browser.text("main"));
            browser.screenshot("password-changed");
            browser.open("/client/");
            assertEquals("/client/", browser.path(), "this session goes on");
            elsewhere.open("/client/");
            assertTrue(elsewhere.path().startsWith("/login"), "the other one ended: " + elsewhere.path());
        } finally {
            elsewhere.close();
        }
        browser.signOut();
        browser.signIn(client, fresh);
        assertEquals("/client/", browser.path());
    }

    @Test
    void anAdminAddsAnotherAdmin() {
        browser.signedIn(Deployments.ADMIN_EMAIL, Deployments.ADMIN_PASSWORD);
        browser.open("/admin/accounts");
        String email = Deployments.uniqueEmail("second-admin");
        browser.type("#admin\\:name", "Second Admin");
        browser.type("#admin\\:email", email);
        browser.type("#admin\\:password", Deployments.PASSWORD);
        browser.submit("#admin\\:submit");
        assertTrue(browser.text(".ui-messages-info").contains(email));
        browser.signOut();
        browser.signIn(email, Deployments.PASSWORD);
        assertEquals("/admin/", browser.path());
    }

    @Test
    void theMenuShowsWhatTheRoleMayOpen() {
        browser.signIn(http.registerClient("menu"), Deployments.PASSWORD);
        assertEquals(1, browser.driver().findElements(By.id("nav-client")).size());
        assertEquals(0, browser.driver().findElements(By.id("nav-admin")).size());
        assertEquals(0, browser.driver().findElements(By.id("nav-signin")).size());
        browser.signOut();
        browser.signIn(Deployments.ADMIN_EMAIL, Deployments.ADMIN_PASSWORD);
        assertEquals(1, browser.driver().findElements(By.id("nav-admin")).size());
        assertEquals(0, browser.driver().findElements(By.id("nav-client")).size());
    }

    @Test
    void signingOutTakesThePagesOwnTokenAndEndsTheSession() {
        String client = http.registerClient("signout");
        Pages pages = Pages.signedIn(http.base(), client, Deployments.PASSWORD);
        String page = pages.get("client/access").body();
        java.util.regex.Matcher token = java.util.regex.Pattern.compile("name=\"token\" value=\"([^\"]+)\"")
                .matcher(page);
        assertTrue(token.find(), page);
        for (Map<String, String> forged : List.of(Map.<String, String>of(), Map.of("token", "forged"))) {
            HttpResponse<String> r = pages.postPlain("signout", forged);
            assertEquals(400, r.statusCode(), forged.toString());
            assertTrue(r.body().contains("Please reload the page"), r.body());
            assertEquals(200, pages.get("client/access").statusCode(), "still signed in after " + forged);
        }
        HttpResponse<String> out = pages.postPlain("signout", Map.of("token", token.group(1)));
        assertEquals(302, out.statusCode());
        assertTrue(out.headers().firstValue("Location").orElseThrow().endsWith("/?signedout"));
        HttpResponse<String> after = pages.get("client/access");
        assertEquals(302, after.statusCode());
        assertTrue(after.headers().firstValue("Location").orElseThrow().contains("/login"));
        // Signed out already, or typed in: nothing to end, nothing refused.
        Pages visitor = new Pages(http.base());
        assertEquals(302, visitor.postPlain("signout", Map.of()).statusCode());
        assertEquals(302, visitor.get("signout").statusCode());
    }

    /**
     * Pages without a form keep no view state: a form left open while its person looks at twenty
     * of them (more than the 15 views a session holds) still posts, rather than expiring.
     */
    @Test
    void aFormStillPostsAfterTwentyPagesWithoutAForm() {
        String client = http.registerClient("formless");
        Pages pages = Pages.signedIn(http.base(), client, Deployments.PASSWORD);
        String form = pages.get("account/details").body();
        for (int i = 0; i < 20; i++) {
            assertEquals(
                    200,
                    pages.get(i % 2 == 0 ? "client/access" : "intake/result").statusCode());
        }
        HttpResponse<String> r = pages.post("account/details", "pw", form, Map.of(), "pw:change");
        assertEquals(200, r.statusCode(), r.headers().map().toString());
        assertTrue(!r.body().contains("Your page expired"), r.body());
        assertTrue(r.body().contains("id=\"pw\""), "the form again, with what is missing");
    }

    @Test
    void aFormWhoseSessionEndedShowsTheExpiredPage() {
        browser.open("/login");
        browser.type("#signin\\:email", "someone@example.org");
        browser.type("#signin\\:password", Deployments.PASSWORD);
        browser.driver().manage().deleteAllCookies();
        browser.submit("#signin\\:submit");
        assertEquals("Your page expired", browser.text("h1"));
    }

    @Test
    void anAdminSavesTheScreeningRulesAsANewVersion() {
        browser.signedIn(Deployments.ADMIN_EMAIL, Deployments.ADMIN_PASSWORD);
        browser.open("/admin/screening-rules");
        String before = browser.text("#version");
        // The same values again: a new version that changes no other test's screening.
        browser.submit("#rules\\:save");
        assertTrue(browser.text(".ui-messages-info").contains("New screenings use rule set practice-"));
        assertNotEquals(before, browser.text("#version"));
        assertTrue(browser.text("#rows").contains("RECENT_SURGERY"));
        browser.screenshot("admin-screening-rules");
    }

    @Test
    void aClientCannotOpenTheScreeningRules() {
        browser.signedIn(http.registerClient("rules"), Deployments.PASSWORD);
        browser.open("/admin/screening-rules");
        assertEquals("You cannot open this page", browser.text("h1"));
    }

    @Test
    void unknownPagesAnswerAFriendly404() {
        browser.open("/no-such-page");
        assertEquals("Page not found", browser.text("h1"));
    }
}
