package org.bodywork.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.bodywork.demo.DemoAccounts;
import org.bodywork.demo.DemoAccounts.DemoAccount;
import org.bodywork.demo.DemoIntakes;
import org.bodywork.it.Db;
import org.bodywork.it.Deployments;
import org.bodywork.it.Http;
import org.bodywork.it.Pages;
import org.bodywork.shared.BusinessException;
import org.bodywork.shared.Database;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Accounts and sign-in, in a real Payara Micro on the real MariaDB the build starts: in-container
 * tests call the service and the sign-in rules directly; {@code @RunAsClient} tests use the API.
 */
@ExtendWith(ArquillianExtension.class)
class AccountsIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.app().addClasses(Deployments.class, Http.class, Db.class, Pages.class);
    }

    @Inject
    AccountService accounts;

    @Inject
    SignUp signUp;

    @Inject
    SignIn signIn;

    @Inject
    DemoAccounts demoAccounts;

    @Inject
    DemoIntakes demoIntakes;

    @Resource(lookup = Database.JNDI)
    DataSource dataSource;

    @ArquillianResource
    URL url;

    private NewAccount someone(String who) {
        return new NewAccount("Test " + who, Deployments.uniqueEmail(who), Deployments.PASSWORD);
    }

    private String query(String sql) throws SQLException {
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement();
                ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getString(1);
        }
    }

    @Test
    void migrationsRunOnARealMariaDb() throws SQLException {
        assertTrue(query("SELECT VERSION()").contains("MariaDB"));
        assertEquals("1", query("SELECT success FROM flyway_schema_history WHERE version = '1'"));
        assertEquals("0", query("SELECT COUNT(*) FROM flyway_schema_history WHERE success = 0"));
    }

    @Test
    void aRegisteredClientHasTheClientRoleAndAStrongPasswordHash() throws SQLException {
        Account account = signUp.registerClient(someone("client")).orElseThrow();
        assertEquals(List.of(Role.CLIENT), List.copyOf(account.getRoles()));
        String hash = query("SELECT password_hash FROM account WHERE id = " + account.getId());
        // The suite lowers the count (Passwords.iterations, whose default PasswordsTest holds to 600,000).
        assertTrue(
                hash.startsWith("PBKDF2WithHmacSHA256:" + System.getProperty("bodywork.passwords.iterations") + ":"),
                hash);
    }

    @Test
    void oneEmailHoldsOneAccountWhateverItsCase() throws SQLException {
        NewAccount first = someone("ann");
        signUp.registerClient(first);
        NewAccount shouted = new NewAccount("Ann Again", first.email().toUpperCase(), Deployments.PASSWORD);
        // The same answer as a new account gets (issue 23, M4); the owner is told instead.
        assertTrue(signUp.registerTherapist(shouted).isEmpty());
        assertEquals("1", query("SELECT COUNT(*) FROM account WHERE email = '" + first.email() + "'"));
        assertEquals(
                "1",
                query("SELECT COUNT(*) FROM outbox WHERE kind = 'already_registered' AND recipient = '" + first.email()
                        + "'"));
    }

    @Test
    void aWeakPasswordIsRefusedAndNothingIsSaved() {
        NewAccount weak = new NewAccount("Weak", Deployments.uniqueEmail("weak"), "password");
        BusinessException e = assertThrows(BusinessException.class, () -> signUp.registerClient(weak));
        assertEquals("weak_password", e.code());
        assertTrue(accounts.findByEmail(weak.email()).isEmpty());
    }

    @Test
    void theRightPasswordSignsInAndAWrongOneIsRefused() {
        NewAccount therapist = someone("therapist");
        signUp.registerTherapist(therapist);
        assertInstanceOf(SignIn.Refused.class, signIn.attempt(therapist.email(), "not the password", "198.51.100.1"));
        SignIn.Result result = signIn.attempt(therapist.email(), therapist.password(), "198.51.100.1");
        assertEquals(java.util.Set.of("THERAPIST"), ((SignIn.Signed) result).roles());
    }

    @Test
    void fiveFailuresBlockTheAccountEvenForTheRightPassword() {
        NewAccount target = someone("target");
        signUp.registerClient(target);
        SignIn.Result last = null;
        for (int i = 0; i < 5; i++) {
            last = signIn.attempt(target.email(), "guess " + i, "198.51.100." + (10 + i));
        }
        assertInstanceOf(SignIn.Blocked.class, last);
        assertInstanceOf(SignIn.Blocked.class, signIn.attempt(target.email(), target.password(), "198.51.100.99"));
    }

    @Test
    void manySimultaneousRightSignInsNeverBlockTheAccount() throws Exception {
        NewAccount busy = someone("busy");
        signUp.registerClient(busy);
        var pool = java.util.concurrent.Executors.newFixedThreadPool(16);
        try {
            List<java.util.concurrent.Future<SignIn.Result>> results = new java.util.ArrayList<>();
            for (int i = 0; i < 16; i++) {
                results.add(pool.submit(() -> signIn.attempt(busy.email(), busy.password(), "198.51.100.50")));
            }
            for (var result : results) {
                assertInstanceOf(SignIn.Signed.class, result.get());
            }
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void failuresFromOneAddressBlockThatAddressOnly() {
        NewAccount bystander = someone("bystander");
        signUp.registerClient(bystander);
        String attacker = "203.0.113.7";
        for (int i = 0; i < 10; i++) { // bodywork.signin.address-failures is 10 in arquillian.xml
            signIn.attempt(Deployments.uniqueEmail("nobody"), "guess", attacker);
        }
        assertInstanceOf(SignIn.Blocked.class, signIn.attempt(bystander.email(), bystander.password(), attacker));
        assertInstanceOf(SignIn.Signed.class, signIn.attempt(bystander.email(), bystander.password(), "203.0.113.8"));
    }

    /**
     * Issue 23, M4: new accounts per address are limited (1,000 an hour for the test server, 10 by
     * default); one over answers 429 and makes no account. The count is set as a busy address's would be.
     */
    @Test
    @RunAsClient
    void tooManyRegistrationsFromOneAddressAreRefused() {
        Http http = new Http(url);
        Db.update(
                "INSERT INTO throttle (throttle_key, failures, first_at, blocked_until)"
                        + " VALUES (?, 1000, NOW(6), DATE_ADD(NOW(6), INTERVAL 1 HOUR))",
                "register:" + http.address());
        String email = Deployments.uniqueEmail("flood");
        String body = "{\"email\":\"" + email + "\",\"password\":\"" + Deployments.PASSWORD + "\",\"name\":\"Flood\"}";
        HttpResponse<String> refused = http.postJson("api/v1/accounts", body);
        assertEquals(429, refused.statusCode(), refused.body());
        assertEquals("0", Db.one("SELECT COUNT(*) FROM account WHERE email = ?", email));
        assertEquals(202, new Http(url).postJson("api/v1/accounts", body).statusCode(), "another address registers");
        assertEquals("1", Db.one("SELECT COUNT(*) FROM account WHERE email = ?", email));
    }

    /** Issue 23, M8: an e-mail address longer than any column is refused like any other, and audited, cut. */
    @Test
    @RunAsClient
    void anOverLongEmailIsRefusedAndAuditedNotAServerError() {
        String typed = "x".repeat(300) + "@example.org";
        HttpResponse<String> r = new Http(url).get("api/v1/me", typed, "some password or other");
        assertEquals(401, r.statusCode(), r.body());
        assertEquals(
                "1",
                Db.one(
                        "SELECT COUNT(*) FROM audit_event WHERE action = 'SIGN_IN_FAILED' AND actor = ?",
                        typed.substring(0, 254)));
    }

    /** Issue 23, M1: an IPv6 subscriber's /64 is one address to the throttle, whichever of its addresses it uses. */
    @Test
    void failuresFromOneIpv6NetworkBlockThatNetworkOnly() {
        NewAccount bystander = someone("v6bystander");
        signUp.registerClient(bystander);
        for (int i = 0; i < 10; i++) { // bodywork.signin.address-failures is 10 in arquillian.xml
            signIn.attempt(Deployments.uniqueEmail("nobody"), "guess", "2001:db8:77:1::" + Integer.toHexString(i + 1));
        }
        assertInstanceOf(
                SignIn.Blocked.class, signIn.attempt(bystander.email(), bystander.password(), "2001:db8:77:1:ffff::9"));
        assertInstanceOf(
                SignIn.Signed.class, signIn.attempt(bystander.email(), bystander.password(), "2001:db8:77:2::1"));
    }

    /**
     * Issue 23, M1: failures are counted in the database, so every server of a cluster counts the
     * same ones. Four more failures written as another server would write them block the right
     * password here.
     */
    @Test
    @RunAsClient
    void failuresAreCountedInTheDatabaseForEveryServer() {
        Http http = new Http(url);
        String email = http.registerClient("sharedcount");
        assertEquals(
                401, http.get("api/v1/me", email, "not the password at all").statusCode());
        String key = "account:" + email;
        assertEquals("1", Db.one("SELECT failures FROM throttle WHERE throttle_key = ?", key));
        Db.update(
                "UPDATE throttle SET failures = 5, blocked_until = DATE_ADD(NOW(6), INTERVAL 10 MINUTE)"
                        + " WHERE throttle_key = ?",
                key);
        HttpResponse<String> blocked = new Http(url).get("api/v1/me", email, Deployments.PASSWORD);
        assertEquals(429, blocked.statusCode(), blocked.body());
        Db.update("DELETE FROM throttle WHERE throttle_key = ?", key);
        assertEquals(
                200, new Http(url).get("api/v1/me", email, Deployments.PASSWORD).statusCode());
    }

    @Test
    void theConfiguredAdminIsCreatedOnceAndNoMoreBootstrapAdminsAfterIt() {
        assertTrue(accounts.findByEmail(Deployments.ADMIN_EMAIL).orElseThrow().has(Role.ADMIN));
        assertTrue(signUp.bootstrapAdmin(someone("second-admin")).isEmpty());
    }

    @Test
    void aConfiguredDatabaseGetsNoDemoAccounts() {
        assertTrue(accounts.findByEmail("client@example.org").isEmpty());
        assertTrue(accounts.findByEmail("admin@example.org").isEmpty());
    }

    @Test
    void theDemoSeedersRefuseADatabaseThatIsNotTheDemos() {
        String email = Deployments.uniqueEmail("demo");
        List<DemoAccount> one = List.of(new DemoAccount(email, "Demo Person", Role.ADMIN));
        assertThrows(EJBException.class, () -> demoAccounts.seed(one, Deployments.PASSWORD));
        assertThrows(EJBException.class, () -> demoIntakes.lookAfter(1, 2));
        assertTrue(accounts.findByEmail(email).isEmpty());
    }

    @Test
    void anAccountWithTwoRolesIsReadOnceWithBoth() throws SQLException {
        // The roles come in the account's own SELECT (an outer join, issue 22): one row a role.
        NewAccount therapist = someone("tworoles");
        long id = signUp.registerTherapist(therapist).orElseThrow().getId();
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement()) {
            s.executeUpdate("INSERT INTO account_role (account_id, role) VALUES (" + id + ", 'CLIENT')");
        }
        Set<Role> both = EnumSet.of(Role.CLIENT, Role.THERAPIST);
        assertEquals(both, accounts.findByEmail(therapist.email()).orElseThrow().getRoles());
        Map<Long, Account> found = accounts.find(List.of(id));
        assertEquals(1, found.size());
        assertEquals(both, found.get(id).getRoles());
    }

    @Test
    void onlyAnAdminMayCreateAnAdmin() {
        assertThrows(EJBAccessException.class, () -> signUp.createAdmin(someone("sneaky")));
    }

    @Test
    @RunAsClient
    void theAdminsListShowsAnAccountWithTwoRolesOnce() throws Exception {
        Http http = new Http(url);
        String email = Deployments.uniqueEmail("listedonce");
        register(http, email, Deployments.PASSWORD);
        Db.update(
                "INSERT INTO account_role (account_id, role) SELECT id, 'THERAPIST' FROM account WHERE email = ?",
                email);
        String page = Pages.signedIn(http.base(), Deployments.ADMIN_EMAIL, Deployments.ADMIN_PASSWORD)
                .get("admin/accounts")
                .body();
        assertEquals(1, page.split(java.util.regex.Pattern.quote(email), -1).length - 1, "rows for " + email);
    }

    // The API, from outside.

    @Test
    @RunAsClient
    void meAnswersTheSignedInAccount() {
        Http http = new Http(url);
        String email = Deployments.uniqueEmail("api");
        register(http, email, Deployments.PASSWORD);
        HttpResponse<String> me = http.get("api/v1/me", email, Deployments.PASSWORD);
        assertEquals(200, me.statusCode());
        JsonObject body = Http.json(me);
        assertEquals(email, body.getString("email"));
        assertEquals("CLIENT", body.getJsonArray("roles").getString(0));
    }

    @Test
    @RunAsClient
    void meWithoutOrWithWrongCredentialsIs401AsJson() {
        Http http = new Http(url);
        HttpResponse<String> anonymous = http.get("api/v1/me");
        assertEquals(401, anonymous.statusCode());
        assertEquals("unauthorized", Http.json(anonymous).getString("error"));
        assertTrue(anonymous.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Basic"));
        HttpResponse<String> wrong = http.get("api/v1/me", Deployments.ADMIN_EMAIL, "wrong password!");
        assertEquals(401, wrong.statusCode());
        assertTrue(wrong.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        assertEquals("unauthorized", Http.json(wrong).getString("error"));
    }

    @Test
    @RunAsClient
    void registeringTwiceAnswersAsOnceAndAWeakPasswordIs400WithTheRule() {
        Http http = new Http(url);
        String email = Deployments.uniqueEmail("twice");
        HttpResponse<String> first = register(http, email, Deployments.PASSWORD);
        assertEquals(202, first.statusCode());
        HttpResponse<String> again = register(http, email.toUpperCase(), Deployments.PASSWORD);
        // Nothing tells whether the address had an account (issue 23, M4): the same status and words.
        assertEquals(202, again.statusCode());
        assertEquals(first.body(), again.body());
        assertEquals("1", Db.one("SELECT COUNT(*) FROM account WHERE email = ?", email));
        HttpResponse<String> weak = register(http, Deployments.uniqueEmail("weak"), "tiny");
        assertEquals(400, weak.statusCode());
        assertEquals("weak_password", Http.json(weak).getString("error"));
        assertTrue(Http.json(weak).getString("message").contains("at least 12 characters"));
    }

    @Test
    @RunAsClient
    void aRegistrationNamesEveryWrongFieldAtOnceAndStoresNothing() {
        Http http = new Http(url);
        HttpResponse<String> wrong =
                http.postJson("api/v1/accounts", "{\"name\":\" \",\"email\":\"nope\",\"password\":\"tiny\"}");
        assertEquals(400, wrong.statusCode(), wrong.body());
        JsonObject error = Http.json(wrong);
        assertEquals("invalid_name", error.getString("error"));
        assertEquals("name", error.getString("field"));
        assertEquals(List.of("name", "email", "password"), Http.fields(wrong));
        assertEquals(
                "Enter your name.",
                error.getJsonArray("fields").getJsonObject(0).getString("message"));
        assertEquals("0", Db.one("SELECT COUNT(*) FROM account WHERE email = 'nope'"));
    }

    @Test
    @RunAsClient
    void badBodiesAre400JsonNeverAStackTrace() {
        Http http = new Http(url);
        for (String body : List.of("{\"email\":", "[]", "{\"email\": 5, \"password\": [1]}", "", "null")) {
            HttpResponse<String> response = http.postJson("api/v1/accounts", body);
            assertEquals(400, response.statusCode(), body + " -> " + response.body());
            JsonObject error = Http.json(response);
            assertTrue(error.containsKey("error") && error.containsKey("message"), response.body());
        }
        HttpResponse<String> text = http.post("api/v1/accounts", "text/plain", "hello");
        assertEquals(415, text.statusCode());
        assertEquals("unsupported_media_type", Http.json(text).getString("error"));
        HttpResponse<String> missing = http.postJson("api/v1/accounts", "{\"email\":\"x@example.org\"}");
        assertEquals(400, missing.statusCode());
        assertEquals("name", Http.json(missing).getString("field"));
    }

    @Test
    @RunAsClient
    void healthAndOpenApiAreServed() {
        Http http = new Http(url);
        HttpResponse<String> ready = http.getRoot("health/ready");
        assertEquals(200, ready.statusCode(), ready.body());
        assertTrue(ready.body().contains("\"database\""));
        assertEquals(200, http.getRoot("health/live").statusCode());
        HttpResponse<String> openapi = http.getRoot("openapi");
        assertEquals(200, openapi.statusCode(), openapi.body());
        assertTrue(openapi.body().contains("/me") && openapi.body().contains("/accounts"), openapi.body());
    }

    private static HttpResponse<String> register(Http http, String email, String password) {
        return http.postJson(
                "api/v1/accounts",
                "{\"email\":\"" + email + "\",\"password\":\"" + password + "\",\"name\":\"API Person\"}");
    }

    /** Issue 23, review: the owner hears of a sign-in from somewhere new, not of the first or a known one. */
    @Test
    @RunAsClient
    void aSignInFromANewNetworkIsEmailedToTheOwner() {
        Http http = new Http(url);
        String client = http.registerClient("wanderer");
        String alerts = "SELECT COUNT(*) FROM outbox WHERE recipient = ? AND kind = 'security_alert'";
        // The API from the made-up address this Http sends (X-Forwarded-For), then the pages from loopback's own.
        assertEquals(200, http.get("api/v1/me", client, Deployments.PASSWORD).statusCode());
        assertEquals("0", Db.one(alerts, client), "a first sign-in tells nobody");
        org.bodywork.it.Pages.signedIn(http.base(), client, Deployments.PASSWORD);
        assertEquals("1", Db.one(alerts, client), "from a new network");
        assertTrue(Db.one("SELECT text_body FROM outbox WHERE recipient = ? AND kind = 'security_alert'", client)
                .contains("has not used in the last 90 days"));
        org.bodywork.it.Pages.signedIn(http.base(), client, Deployments.PASSWORD);
        assertEquals("1", Db.one(alerts, client), "a known network tells nobody");
    }

    @Test
    @RunAsClient
    void signInsAndRefusalsAreAuditedAndAdminsSearchTheLog() {
        Http http = new Http(url);
        String client = http.registerClient("audited");
        String pw = Deployments.PASSWORD;
        assertEquals(401, http.get("api/v1/me", client, "not the password").statusCode());
        assertEquals(200, http.get("api/v1/me", client, pw).statusCode());
        assertEquals(403, http.get("api/v1/admin/outbox", client, pw).statusCode());
        assertEquals(
                "1", Db.one("SELECT COUNT(*) FROM audit_event WHERE actor = ? AND action = 'SIGN_IN_FAILED'", client));
        assertEquals("1", Db.one("SELECT COUNT(*) FROM audit_event WHERE actor = ? AND action = 'SIGN_IN'", client));
        assertEquals(
                "1",
                Db.one(
                        "SELECT COUNT(*) FROM audit_event WHERE actor = ? AND action = 'DENIED'"
                                + " AND detail = 'GET /api/v1/admin/outbox' AND address IS NOT NULL",
                        client));
        // Who acted, by account number as well (issue 23, M8); a failed sign-in names no actor account.
        String id = Db.one("SELECT id FROM account WHERE email = ?", client);
        assertEquals(id, Db.one("SELECT actor_id FROM audit_event WHERE actor = ? AND action = 'DENIED'", client));
        assertEquals(id, Db.one("SELECT actor_id FROM audit_event WHERE actor = ? AND action = 'SIGN_IN'", client));
        assertEquals(
                null, Db.one("SELECT actor_id FROM audit_event WHERE actor = ? AND action = 'SIGN_IN_FAILED'", client));

        String admin = Deployments.ADMIN_EMAIL;
        String adminPw = Deployments.ADMIN_PASSWORD;
        HttpResponse<String> found = http.get(
                "api/v1/admin/audit?person=" + URLEncoder.encode(client, StandardCharsets.UTF_8), admin, adminPw);
        assertEquals(200, found.statusCode(), found.body());
        List<String> actions = Http.array(found).stream()
                .map(v -> v.asJsonObject().getString("action"))
                .toList();
        assertEquals(List.of("DENIED", "SIGN_IN", "SIGN_IN_FAILED"), actions, found.body());
        HttpResponse<String> none = http.get(
                "api/v1/admin/audit?person=" + URLEncoder.encode(client, StandardCharsets.UTF_8)
                        + "&from=2020-01-01&to=2020-01-31",
                admin,
                adminPw);
        assertEquals("[]", none.body().strip());
        for (String bad : List.of(
                "from=2026-13-01", "from=2026-02-01&to=2026-01-01", "recordId=abc", "from=2020-01-01&to=2026-01-01")) {
            HttpResponse<String> r = http.get("api/v1/admin/audit?" + bad, admin, adminPw);
            assertEquals(400, r.statusCode(), bad + ": " + r.body());
            assertTrue(Http.json(r).getString("message").length() > 10, r.body());
        }
        assertEquals(403, http.get("api/v1/admin/audit", client, pw).statusCode());

        // Append-only: the database itself refuses to change or delete an entry.
        assertThrows(
                IllegalStateException.class,
                () -> Db.update("UPDATE audit_event SET actor = 'someone else' WHERE actor = ?", client));
        assertThrows(IllegalStateException.class, () -> Db.update("DELETE FROM audit_event WHERE actor = ?", client));
        assertEquals("4", Db.one("SELECT COUNT(*) FROM audit_event WHERE actor = ?", client), "and the 403 above");
    }

    @Test
    @RunAsClient
    void aClientSeesWhoElseTriedToOpenTheirRecordsButNotTheirOwnReads() {
        Http http = new Http(url);
        String pw = Deployments.PASSWORD;
        String client = http.registerClient("watched");
        String stranger = http.registerTherapist("stranger");
        long id =
                Http.json(http.get("api/v1/me", client, pw)).getJsonNumber("id").longValue();
        assertEquals(404, http.get("api/v1/clients/me/intake", client, pw).statusCode());
        HttpResponse<String> nosy = http.get("api/v1/clients/" + id + "/notes", stranger, pw);
        assertTrue(nosy.statusCode() == 403 || nosy.statusCode() == 404, nosy.body());
        HttpResponse<String> seen = http.get("api/v1/me/record-access", client, pw);
        assertEquals(200, seen.statusCode(), seen.body());
        var entries = Http.array(seen);
        assertEquals(1, entries.size(), seen.body());
        assertEquals(stranger, entries.getJsonObject(0).getString("actor"));
        assertEquals("REFUSED", entries.getJsonObject(0).getString("action"));
        assertEquals(
                "1",
                Db.one(
                        "SELECT COUNT(*) FROM audit_event WHERE actor = ? AND action IN ('REFUSED', 'DENIED')",
                        stranger),
                "one refusal, one entry");
        assertEquals(403, http.get("api/v1/me/record-access", stranger, pw).statusCode());
    }

    @Test
    @RunAsClient
    void aPasswordChangeNeedsTheCurrentOneAndTheOldOneStopsWorkingAtOnce() {
        Http http = new Http(url);
        String email = http.registerClient("newpassword");
        String fresh = "a brand new passphrase 2027";
        assertEquals(200, http.get("api/v1/me", email, Deployments.PASSWORD).statusCode(), "remembered a moment");
        HttpResponse<String> wrong = http.send(
                "PUT", "api/v1/me/password", change("not my password at all", fresh), email, Deployments.PASSWORD);
        assertEquals(400, wrong.statusCode(), wrong.body());
        assertTrue(wrong.body().contains("not your password"), wrong.body());
        HttpResponse<String> bothWrong = http.send(
                "PUT", "api/v1/me/password", change("not my password at all", "short"), email, Deployments.PASSWORD);
        assertEquals(List.of("password", "newPassword"), Http.fields(bothWrong), bothWrong.body());
        HttpResponse<String> weak = http.send(
                "PUT", "api/v1/me/password", change(Deployments.PASSWORD, "short"), email, Deployments.PASSWORD);
        assertEquals(400, weak.statusCode(), weak.body());
        assertTrue(weak.body().contains("newPassword"), weak.body());
        assertEquals(
                400,
                http.send(
                                "PUT",
                                "api/v1/me/password",
                                change(Deployments.PASSWORD, Deployments.PASSWORD),
                                email,
                                Deployments.PASSWORD)
                        .statusCode(),
                "the same password again");
        assertEquals(
                400,
                http.send("PUT", "api/v1/me/password", "", email, Deployments.PASSWORD)
                        .statusCode());
        assertEquals(200, http.get("api/v1/me", email, Deployments.PASSWORD).statusCode(), "refusals change nothing");

        HttpResponse<String> done = http.send(
                "PUT", "api/v1/me/password", change(Deployments.PASSWORD, fresh), email, Deployments.PASSWORD);
        assertEquals(204, done.statusCode(), done.body());
        assertEquals(401, http.get("api/v1/me", email, Deployments.PASSWORD).statusCode(), "not even remembered");
        assertEquals(200, http.get("api/v1/me", email, fresh).statusCode());
        assertEquals(
                "1", Db.one("SELECT COUNT(*) FROM audit_event WHERE actor = ? AND action = 'PASSWORD_CHANGED'", email));
        assertEquals(
                "Your password was changed",
                Db.one("SELECT subject FROM outbox WHERE recipient = ? AND kind = 'sign_in_changed'", email),
                "the owner is told");
    }

    @Test
    @RunAsClient
    void anEmailChangeNeedsThePasswordAndAFreeAddressAndThenTheNewOneSignsIn() {
        Http http = new Http(url);
        String email = http.registerClient("oldaddress");
        String taken = http.registerClient("takenaddress");
        String next = Deployments.uniqueEmail("newaddress");
        assertEquals(
                400,
                http.send("PUT", "api/v1/me/email", move(next, "not my password at all"), email, Deployments.PASSWORD)
                        .statusCode());
        HttpResponse<String> bad = http.send(
                "PUT", "api/v1/me/email", move("not-an-address", Deployments.PASSWORD), email, Deployments.PASSWORD);
        assertEquals(400, bad.statusCode(), bad.body());
        assertTrue(bad.body().contains("email"), bad.body());
        assertEquals(
                409,
                http.send("PUT", "api/v1/me/email", move(taken, Deployments.PASSWORD), email, Deployments.PASSWORD)
                        .statusCode());
        assertEquals(200, http.get("api/v1/me", email, Deployments.PASSWORD).statusCode(), "refusals change nothing");

        HttpResponse<String> done = http.send(
                "PUT", "api/v1/me/email", move(next.toUpperCase(), Deployments.PASSWORD), email, Deployments.PASSWORD);
        assertEquals(200, done.statusCode(), done.body());
        assertEquals(next, Http.json(done).getString("email"), "stored lower-cased");
        assertEquals(401, http.get("api/v1/me", email, Deployments.PASSWORD).statusCode());
        assertEquals(200, http.get("api/v1/me", next, Deployments.PASSWORD).statusCode());
        assertEquals(
                200, http.get("api/v1/me", taken, Deployments.PASSWORD).statusCode(), "the other account is untouched");
        assertEquals(
                "Your e-mail address was changed",
                Db.one("SELECT subject FROM outbox WHERE recipient = ? AND kind = 'sign_in_changed'", email),
                "told at the address they had");
        assertEquals(
                "now " + next,
                Db.one("SELECT detail FROM audit_event WHERE actor = ? AND action = 'EMAIL_CHANGED'", email));
    }

    private static String change(String current, String next) {
        return "{\"currentPassword\":\"" + current + "\",\"newPassword\":\"" + next + "\"}";
    }

    private static String move(String email, String password) {
        return "{\"email\":\"" + email + "\",\"password\":\"" + password + "\"}";
    }

    @Test
    @RunAsClient
    void anAccountWithTwoStepSignInUsesTheApiWithATokenNotItsPasswordAlone() {
        Http plain = new Http(url).passwordOnly();
        String pw = Deployments.PASSWORD;
        String email = plain.registerClient("tokens");
        String other = plain.registerClient("tokensother");
        assertEquals(
                400, plain.postJson("api/v1/tokens", token(email, pw, "", "")).statusCode(), "a name is needed");
        org.bodywork.it.Browser.enrolled(email);
        HttpResponse<String> refused = plain.get("api/v1/me", email, pw);
        assertEquals(401, refused.statusCode());
        assertTrue(refused.body().contains("two_step_required"), refused.body());
        assertEquals(
                401,
                plain.postJson("api/v1/tokens", token(email, pw, "000000", "Laptop"))
                        .statusCode());
        assertEquals(
                401,
                plain.postJson("api/v1/tokens", token(email, "not my password at all", "000000", "Laptop"))
                        .statusCode());

        HttpResponse<String> made =
                plain.postJson("api/v1/tokens", token(email, pw, org.bodywork.it.Browser.code(email), "Laptop"));
        assertEquals(201, made.statusCode(), made.body());
        String secret = Http.json(made).getString("token");
        long id = Http.json(made).getJsonNumber("id").longValue();
        assertTrue(secret.startsWith("bw_") && secret.length() > 40, secret);
        HttpResponse<String> me = plain.withToken("GET", "api/v1/me", null, secret);
        assertEquals(200, me.statusCode(), me.body());
        assertEquals(email, Http.json(me).getString("email"));
        HttpResponse<String> listed = plain.withToken("GET", "api/v1/tokens", null, secret);
        assertTrue(listed.body().contains("Laptop") && !listed.body().contains(secret), listed.body());
        assertEquals("0", Db.one("SELECT COUNT(*) FROM api_token WHERE token_hash = ?", secret), "only a hash is kept");
        assertEquals(
                401, plain.withToken("GET", "api/v1/me", null, secret + "x").statusCode());
        assertEquals(
                401, plain.withToken("GET", "api/v1/me", null, "not-a-token").statusCode());
        assertEquals(
                404, plain.send("DELETE", "api/v1/tokens/" + id, "", other, pw).statusCode(), "not another's");
        assertEquals(200, plain.withToken("GET", "api/v1/me", null, secret).statusCode());

        assertEquals(
                204,
                plain.withToken("DELETE", "api/v1/tokens/" + id, null, secret).statusCode());
        assertEquals(401, plain.withToken("GET", "api/v1/me", null, secret).statusCode(), "revoked");
        assertEquals(
                "1", Db.one("SELECT COUNT(*) FROM audit_event WHERE actor = ? AND action = 'API_TOKEN_MADE'", email));
        assertEquals(
                "1",
                Db.one("SELECT COUNT(*) FROM audit_event WHERE actor = ? AND action = 'API_TOKEN_REVOKED'", email));
    }

    /**
     * Issue 23, M2: the right password does not buy more guesses at the code. Through the token
     * endpoint (password and code in every request) the fifth wrong code locks the second step,
     * the right code too then, and the owner hears that someone has their password.
     */
    @Test
    @RunAsClient
    void wrongCodesLockTheSecondStepThroughTheTokenEndpointAndTellTheOwner() {
        Http plain = new Http(url).passwordOnly();
        String pw = Deployments.PASSWORD;
        String email = plain.registerClient("codeguess");
        org.bodywork.it.Browser.enrolled(email);
        for (int i = 1; i <= 4; i++) {
            assertEquals(
                    401,
                    plain.postJson("api/v1/tokens", token(email, pw, "000000", "Guess"))
                            .statusCode(),
                    "guess " + i);
        }
        HttpResponse<String> fifth = plain.postJson("api/v1/tokens", token(email, pw, "000000", "Guess"));
        assertEquals(429, fifth.statusCode(), fifth.body());
        HttpResponse<String> right =
                plain.postJson("api/v1/tokens", token(email, pw, org.bodywork.it.Browser.code(email), "Mine"));
        assertEquals(429, right.statusCode(), "locked for a while, the right code too: " + right.body());
        assertEquals(
                "Someone may know your password",
                Db.one("SELECT subject FROM outbox WHERE recipient = ? AND kind = 'security_alert'", email));
    }

    /**
     * Issue 23, M3: a stolen token cannot guess the password behind it. Each wrong current password
     * is audited; the fifth ends every session and token of the account and tells its owner, who
     * signs in again with the password.
     */
    @Test
    @RunAsClient
    void wrongPasswordsAskedAgainEndTheAccountsTokensAndSessions() {
        Http plain = new Http(url).passwordOnly();
        String pw = Deployments.PASSWORD;
        String email = plain.registerClient("recheck");
        HttpResponse<String> made = plain.postJson("api/v1/tokens", token(email, pw, "", "Script"));
        assertEquals(201, made.statusCode(), made.body());
        String secret = Http.json(made).getString("token");
        String guess = change("is it this one 2026", "a brand new passphrase 2027");
        for (int i = 1; i <= 4; i++) {
            HttpResponse<String> wrong = plain.withToken("PUT", "api/v1/me/password", guess, secret);
            assertEquals(400, wrong.statusCode(), "guess " + i + ": " + wrong.body());
        }
        HttpResponse<String> fifth = plain.withToken("PUT", "api/v1/me/password", guess, secret);
        assertEquals(429, fifth.statusCode(), fifth.body());
        assertTrue(fifth.body().contains("signed out everywhere"), fifth.body());
        assertEquals(401, plain.withToken("GET", "api/v1/me", null, secret).statusCode(), "the token has ended");
        assertEquals(200, plain.get("api/v1/me", email, pw).statusCode(), "the owner signs in again");
        String id = Db.one("SELECT id FROM account WHERE email = ?", email);
        assertEquals(
                "5", Db.one("SELECT COUNT(*) FROM audit_event WHERE subject_id = ? AND action = 'REAUTH_FAILED'", id));
        assertEquals(
                "1", Db.one("SELECT COUNT(*) FROM audit_event WHERE subject_id = ? AND action = 'REAUTH_LOCKED'", id));
        assertEquals(
                "You were signed out for your safety",
                Db.one("SELECT subject FROM outbox WHERE recipient = ? AND kind = 'security_alert'", email));
    }

    /**
     * Issue 23, M5: an admin deactivates a member of staff who left: their sign-ins and tokens end at
     * once; reactivated, they sign in again. Clients and the admin's own account are not theirs to
     * deactivate.
     */
    @Test
    @RunAsClient
    void anAdminDeactivatesAStaffAccountAndItsAccessEndsAtOnce() {
        Http http = new Http(url);
        String leaver = http.registerTherapist("leaver");
        assertEquals(200, http.get("api/v1/me", leaver, Deployments.PASSWORD).statusCode());
        String id = Db.one("SELECT id FROM account WHERE email = ?", leaver);
        HttpResponse<String> off = http.postJson(
                "api/v1/admin/accounts/" + id + "/deactivate", "", Deployments.ADMIN_EMAIL, Deployments.ADMIN_PASSWORD);
        assertEquals(200, off.statusCode(), off.body());
        assertFalse(Http.json(off).getBoolean("active"));
        assertEquals(401, http.get("api/v1/me", leaver, Deployments.PASSWORD).statusCode(), "the token has ended");
        assertEquals(
                401,
                new Http(url).get("api/v1/me", leaver, Deployments.PASSWORD).statusCode(),
                "no new sign-in");
        assertEquals(
                200,
                http.postJson(
                                "api/v1/admin/accounts/" + id + "/reactivate",
                                "",
                                Deployments.ADMIN_EMAIL,
                                Deployments.ADMIN_PASSWORD)
                        .statusCode());
        assertEquals(
                "1",
                Db.one(
                        "SELECT COUNT(*) FROM audit_event WHERE subject_id = ? AND action = 'UPDATE' AND detail = 'deactivated'",
                        id));
        String client = http.registerClient("notstaff");
        String clientId = Db.one("SELECT id FROM account WHERE email = ?", client);
        assertEquals(
                422,
                http.postJson(
                                "api/v1/admin/accounts/" + clientId + "/deactivate",
                                "",
                                Deployments.ADMIN_EMAIL,
                                Deployments.ADMIN_PASSWORD)
                        .statusCode());
        String adminId = Db.one("SELECT id FROM account WHERE email = ?", Deployments.ADMIN_EMAIL);
        assertEquals(
                422,
                http.postJson(
                                "api/v1/admin/accounts/" + adminId + "/deactivate",
                                "",
                                Deployments.ADMIN_EMAIL,
                                Deployments.ADMIN_PASSWORD)
                        .statusCode(),
                "not one's own");
        assertEquals(
                403,
                http.postJson("api/v1/admin/accounts/" + id + "/deactivate", "", client, Deployments.PASSWORD)
                        .statusCode());
    }

    /** Issue 23, M5: an admin resets the two-step sign-in of someone who lost their phone (sessions end as on deactivation). */
    @Test
    @RunAsClient
    void anAdminResetsTwoStepSignIn() {
        Http http = new Http(url);
        String lost = http.registerTherapist("lostphone");
        assertEquals(200, http.get("api/v1/me", lost, Deployments.PASSWORD).statusCode(), "enrolled, with a token");
        String id = Db.one("SELECT id FROM account WHERE email = ?", lost);
        assertEquals("1", Db.one("SELECT COUNT(*) FROM account_mfa WHERE account_id = ?", id));
        HttpResponse<String> reset = http.postJson(
                "api/v1/admin/accounts/" + id + "/reset-two-step",
                "",
                Deployments.ADMIN_EMAIL,
                Deployments.ADMIN_PASSWORD);
        assertEquals(200, reset.statusCode(), reset.body());
        assertEquals("0", Db.one("SELECT COUNT(*) FROM account_mfa WHERE account_id = ?", id));
        assertEquals(
                "1",
                Db.one(
                        "SELECT COUNT(*) FROM audit_event WHERE subject_id = ? AND action = 'MFA_DISABLED'"
                                + " AND detail = 'reset by an admin'",
                        id));
    }

    @Test
    @RunAsClient
    void aTherapistWithoutTwoStepSignInYetCannotUseTheApiUntilItIsSetUp() {
        Http plain = new Http(url).passwordOnly();
        String therapist = plain.registerTherapist("apisetup");
        HttpResponse<String> refused = plain.get("api/v1/me", therapist, Deployments.PASSWORD);
        assertEquals(401, refused.statusCode());
        assertTrue(refused.body().contains("two_step_setup_required"), refused.body());
        HttpResponse<String> noToken =
                plain.postJson("api/v1/tokens", token(therapist, Deployments.PASSWORD, "", "Laptop"));
        assertEquals(422, noToken.statusCode(), noToken.body());
        assertEquals(
                "0",
                Db.one(
                        "SELECT COUNT(*) FROM api_token t JOIN account a ON a.id = t.account_id WHERE a.email = ?",
                        therapist));
        org.bodywork.it.Browser.enrolled(therapist);
        HttpResponse<String> made = plain.postJson(
                "api/v1/tokens",
                token(therapist, Deployments.PASSWORD, org.bodywork.it.Browser.code(therapist), "Laptop"));
        assertEquals(201, made.statusCode(), made.body());
        assertEquals(
                200,
                plain.withToken("GET", "api/v1/me", null, Http.json(made).getString("token"))
                        .statusCode());
    }

    @Test
    @RunAsClient
    void aPageSessionEndsThirtyMinutesAfterItsLastRequestAndTwelveHoursAfterSigningIn() throws Exception {
        Http http = new Http(url);
        String client = http.registerClient("lifetime");
        Session idle = Session.signedIn(http.base(), client);
        assertEquals(200, idle.getAfter(Duration.ofMinutes(29)).statusCode());
        assertEquals(200, idle.getAfter(Duration.ofMinutes(58)).statusCode(), "29 minutes after the last request");
        assertExpired(idle.getAfter(Duration.ofMinutes(89)));
        HttpResponse<String> again = idle.getAfter(Duration.ofMinutes(89));
        assertEquals(302, again.statusCode(), "and it stays ended");
        assertTrue(again.headers().firstValue("Location").orElseThrow().contains("/login"));

        Session busy = Session.signedIn(http.base(), client);
        for (Duration at = Duration.ofMinutes(25); at.toMinutes() < 12 * 60; at = at.plusMinutes(25)) {
            assertEquals(200, busy.getAfter(at).statusCode(), "busy at " + at);
        }
        assertExpired(busy.getAfter(Duration.ofHours(12).plusMinutes(1)));
    }

    private static void assertExpired(HttpResponse<String> r) {
        assertEquals(302, r.statusCode());
        assertTrue(
                r.headers().firstValue("Location").orElseThrow().contains("/login?expired"),
                r.headers().toString());
    }

    /** A cookie session signed in through the form, asking for /client/ as if it were later. */
    private record Session(java.net.URI base, java.net.http.HttpClient browser, Instant signedIn) {

        static Session signedIn(java.net.URI base, String email) throws Exception {
            java.net.http.HttpClient browser = java.net.http.HttpClient.newBuilder()
                    .cookieHandler(new java.net.CookieManager())
                    .followRedirects(java.net.http.HttpClient.Redirect.NEVER)
                    .build();
            String page = browser.send(
                            java.net.http.HttpRequest.newBuilder(base.resolve("login"))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString())
                    .body();
            java.util.regex.Matcher state = java.util.regex.Pattern.compile(
                            "name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"")
                    .matcher(page);
            assertTrue(state.find(), page);
            String form = String.join(
                    "&",
                    "signin=signin",
                    "signin%3Aemail=" + URLEncoder.encode(email, StandardCharsets.UTF_8),
                    "signin%3Apassword=" + URLEncoder.encode(Deployments.PASSWORD, StandardCharsets.UTF_8),
                    "signin%3Anext=",
                    "signin%3Asubmit=",
                    "jakarta.faces.ViewState=" + URLEncoder.encode(state.group(1), StandardCharsets.UTF_8));
            Instant at = Instant.now();
            HttpResponse<String> signed = browser.send(
                    java.net.http.HttpRequest.newBuilder(base.resolve("login"))
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(java.net.http.HttpRequest.BodyPublishers.ofString(form))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(302, signed.statusCode(), signed.body());
            return new Session(base, browser, at);
        }

        HttpResponse<String> getAfter(Duration after) throws Exception {
            return browser.send(
                    java.net.http.HttpRequest.newBuilder(base.resolve("client/"))
                            .header("X-Bodywork-Test-Now", signedIn.plus(after).toString())
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
        }
    }

    private static String token(String email, String password, String code, String name) {
        return "{\"email\":\"" + email + "\",\"password\":\"" + password + "\",\"code\":\"" + code + "\",\"name\":\""
                + name + "\"}";
    }
}
