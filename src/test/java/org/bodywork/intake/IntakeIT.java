package org.bodywork.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import org.bodywork.it.Db;
import org.bodywork.it.Deployments;
import org.bodywork.it.Http;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** A client's intake through the API, on Payara Micro and MariaDB: versions, consent, access, audit. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class IntakeIT {

    private static final String CONSENT = "'consent':{'treatment':true,'healthData':true}";

    @Deployment
    static WebArchive deployment() {
        return Deployments.app();
    }

    @ArquillianResource
    URL url;

    private Http http;
    private String email;

    @BeforeEach
    void client() {
        http = new Http(url);
        email = http.registerClient("intake");
    }

    private HttpResponse<String> put(String as, String body) {
        return http.send("PUT", "api/v1/clients/me/intake", body.replace('\'', '"'), as, Deployments.PASSWORD);
    }

    private HttpResponse<String> get(String as) {
        return http.get("api/v1/clients/me/intake", as, Deployments.PASSWORD);
    }

    private String clientId(String as) {
        return Db.one("SELECT id FROM account WHERE email = ?", as);
    }

    private String versions(String as) {
        return Db.one("SELECT COUNT(*) FROM intake_version WHERE client_id = ?", clientId(as));
    }

    @Test
    void aClientSendsTheFormAndReadsItBackWithItsScreening() {
        HttpResponse<String> sent = put(
                email,
                "{'dateOfBirth':'1980-06-01','conditions':[{'code':'OSTEOPOROSIS'}]," + CONSENT
                        + ",'gp':{'name':'Dr Lee','practice':'Hill Surgery'},'medications':'Alendronic acid'}");
        assertEquals(200, sent.statusCode(), sent.body());
        JsonObject read = Http.json(get(email));
        assertEquals(1, read.getInt("version"));
        assertTrue(read.getBoolean("current"));
        assertEquals("CAUTION", read.getJsonObject("screening").getString("outcome"));
        assertEquals("Dr Lee", read.getJsonObject("details").getJsonObject("gp").getString("name"));
        assertEquals(
                "NOT_ALLOWED",
                read.getJsonObject("screening")
                        .getJsonObject("techniques")
                        .getJsonObject("DEEP_TISSUE")
                        .getString("verdict"));
    }

    @Test
    void everyUpdateIsANewVersionAndTheOldOneIsKept() {
        put(email, "{'dateOfBirth':'1980-06-01'," + CONSENT + "}");
        HttpResponse<String> second =
                put(email, "{'dateOfBirth':'1980-06-01','conditions':[{'code':'FEVER'}]," + CONSENT + "}");
        assertEquals(2, Http.json(second).getInt("version"));
        assertEquals(
                "POSTPONE", Http.json(get(email)).getJsonObject("screening").getString("outcome"));
        assertEquals("2", versions(email));
        assertEquals(
                "CLEAR",
                Db.one("SELECT outcome FROM intake_version WHERE client_id = ? AND number = 1", clientId(email)));
    }

    @Test
    void readsAndChangesAreAuditedWithWhoAndWhere() {
        put(email, "{'dateOfBirth':'1980-06-01'," + CONSENT + "}");
        get(email);
        String id = clientId(email);
        assertEquals(
                "1",
                Db.one(
                        "SELECT COUNT(*) FROM audit_event WHERE subject_id = ? AND action = 'CREATE'"
                                + " AND record_type = 'intake' AND actor = ?",
                        id,
                        email));
        assertEquals("1", Db.one("SELECT COUNT(*) FROM audit_event WHERE subject_id = ? AND action = 'READ'", id));
        assertNotNull(Db.one("SELECT address FROM audit_event WHERE subject_id = ? AND action = 'READ'", id));
    }

    @Test
    void withoutConsentNothingIsStored() {
        HttpResponse<String> refused = put(email, "{'dateOfBirth':'1980-06-01','consent':{'treatment':true}}");
        assertEquals(400, refused.statusCode());
        assertEquals("consent.healthData", Http.json(refused).getString("field"));
        assertEquals(
                "400", String.valueOf(put(email, "{'dateOfBirth':'1980-06-01'}").statusCode()));
        assertEquals("0", versions(email));
    }

    @Test
    void aClientUnder16NeedsAGuardiansNameAndConsent() {
        String dob = LocalDate.now().minusYears(12).toString();
        HttpResponse<String> alone = put(email, "{'dateOfBirth':'" + dob + "'," + CONSENT + "}");
        assertEquals(400, alone.statusCode());
        assertEquals("guardian.name", Http.json(alone).getString("field"));
        HttpResponse<String> noConsent =
                put(email, "{'dateOfBirth':'" + dob + "'," + CONSENT + ",'guardian':{'name':'Pat Parent'}}");
        assertEquals("guardian.consent", Http.json(noConsent).getString("field"));
        HttpResponse<String> ok = put(
                email, "{'dateOfBirth':'" + dob + "'," + CONSENT + ",'guardian':{'name':'Pat Parent','consent':true}}");
        assertEquals(200, ok.statusCode(), ok.body());
        assertEquals(
                "Pat Parent", Db.one("SELECT guardian_name FROM intake_version WHERE client_id = ?", clientId(email)));
    }

    @Test
    void badAnswersAre400NamingTheFieldAndStoreNothing() {
        HttpResponse<String> response =
                put(email, "{'dateOfBirth':'1980-06-01','conditions':[{'code':'HICCUPS'}]," + CONSENT + "}");
        assertEquals(400, response.statusCode());
        assertEquals("conditions[0].code", Http.json(response).getString("field"));
        HttpResponse<String> malformed = put(email, "{'dateOfBirth':");
        assertEquals("malformed_json", Http.json(malformed).getString("error"));
        assertEquals("0", versions(email));
    }

    @Test
    void anotherClientSeesOnlyTheirOwnIntake() {
        put(email, "{'dateOfBirth':'1980-06-01','conditions':[{'code':'DVT'}]," + CONSENT + "}");
        String other = http.registerClient("other");
        HttpResponse<String> theirs = get(other);
        assertEquals(404, theirs.statusCode());
        assertEquals("no_intake", Http.json(theirs).getString("error"));
    }

    @Test
    void adminsAndAnonymousAreRefused() {
        assertEquals(401, http.get("api/v1/clients/me/intake").statusCode());
        HttpResponse<String> admin =
                http.get("api/v1/clients/me/intake", Deployments.ADMIN_EMAIL, Deployments.ADMIN_PASSWORD);
        assertEquals(403, admin.statusCode());
        assertEquals("forbidden", Http.json(admin).getString("error"));
    }
}
