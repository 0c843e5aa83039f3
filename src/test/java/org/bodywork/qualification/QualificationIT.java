package org.bodywork.qualification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import org.bodywork.identity.AccountService;
import org.bodywork.identity.NewAccount;
import org.bodywork.identity.SignUp;
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

/** Qualifications, insurance, verification and the directory through the API, on Payara Micro and MariaDB. */
@ExtendWith(ArquillianExtension.class)
class QualificationIT {

    private static final String PW = Deployments.PASSWORD;
    private static final String ADMIN = Deployments.ADMIN_EMAIL;
    private static final String ADMIN_PW = Deployments.ADMIN_PASSWORD;

    @Deployment
    static WebArchive deployment() {
        return Deployments.app();
    }

    @Inject
    Expiries service;

    @Inject
    AccountService accounts;

    @Inject
    SignUp signUp;

    @Inject
    QualificationFixture fixture;

    @ArquillianResource
    URL url;

    private Http http;
    private String therapist;

    @BeforeEach
    void therapist() {
        if (url == null || System.getProperty("mariadb.port") == null) {
            return; // in the container (no test database settings there): the in-container test makes its own data
        }
        http = new Http(url);
        therapist = http.registerTherapist("qualified");
    }

    private long addQualification(String as, String techniques, LocalDate expiresOn) {
        String body = "{'title':'Diploma in Massage','awardingBody':'ITEC','level':'Level 3 Diploma',"
                + "'ofqualNumber':'603/1234/5','awardedOn':'2020-06-01'"
                + (expiresOn == null ? "" : ",'expiresOn':'" + expiresOn + "'") + ",'techniques':[" + techniques + "]}";
        HttpResponse<String> r = http.postJson("api/v1/therapists/me/qualifications", body.replace('\'', '"'), as, PW);
        assertEquals(201, r.statusCode(), r.body());
        assertEquals("PENDING", Http.json(r).getString("status"));
        return Http.json(r).getJsonNumber("id").longValue();
    }

    private long addInsurance(String as, LocalDate to) {
        String body = "{'insurer':'Balens','policyNumber':'BAL-1','coverPounds':6000000,'validFrom':'2026-01-01',"
                + "'validTo':'" + to + "'}";
        HttpResponse<String> r = http.postJson("api/v1/therapists/me/insurance", body.replace('\'', '"'), as, PW);
        assertEquals(201, r.statusCode(), r.body());
        return Http.json(r).getJsonNumber("id").longValue();
    }

    /** An admin's decision on the record as it is now (its version from the database), with the body's fields. */
    private HttpResponse<String> decide(String type, long id, String decision, String body) {
        String version = Db.one(
                "SELECT version FROM " + (type.equals("insurance") ? "insurance" : "qualification") + " WHERE id = ?",
                id);
        String fields = body.isBlank() || body.equals("{}")
                ? ""
                : "," + body.substring(body.indexOf('{') + 1, body.lastIndexOf('}'));
        return http.postJson(
                "api/v1/admin/" + type + "/" + id + "/" + decision,
                "{\"version\":" + version + fields + "}",
                ADMIN,
                ADMIN_PW);
    }

    private boolean listed(String technique) {
        HttpResponse<String> r = http.get("api/v1/therapists" + (technique == null ? "" : "?technique=" + technique));
        assertEquals(200, r.statusCode(), r.body());
        JsonArray list = Json.createReader(new StringReader(r.body())).readArray();
        String id = Db.one("SELECT id FROM account WHERE email = ?", therapist);
        return list.stream()
                .map(JsonValue::asJsonObject)
                .anyMatch(t -> String.valueOf(t.getJsonNumber("id")).equals(id));
    }

    private void verifiedFor(String techniques) {
        assertEquals(
                200,
                decide("qualifications", addQualification(therapist, techniques, null), "verify", "")
                        .statusCode());
        assertEquals(
                200,
                decide("insurance", addInsurance(therapist, LocalDate.now().plusYears(1)), "verify", "")
                        .statusCode());
    }

    @Test
    void theExpiryJobExpiresRecordsPastTheirLastDayOnly() {
        long id = signUp.registerTherapist(new NewAccount("Exp Iry", Deployments.uniqueEmail("expiry"), PW))
                .orElseThrow()
                .getId();
        long yesterday = fixture.verifiedQualification(id, LocalDate.now().minusDays(1));
        long today = fixture.verifiedQualification(id, LocalDate.now());
        assertTrue(service.expire(LocalDate.now()) >= 1);
        assertEquals(RecordStatus.EXPIRED, fixture.status(yesterday));
        assertEquals(RecordStatus.VERIFIED, fixture.status(today));
    }

    @Test
    @RunAsClient
    void theTherapistSeesWhyARecordWasRejected() {
        long q = addQualification(therapist, "'SHIATSU'", null);
        decide("qualifications", q, "reject", "{\"reason\":\"Please send the whole certificate\"}");
        HttpResponse<String> mine = http.get("api/v1/therapists/me/qualifications", therapist, PW);
        assertTrue(mine.body().contains("Please send the whole certificate"), mine.body());
    }

    @Test
    @RunAsClient
    void recordsExpiringWithin30DaysAreShownToTheTherapistAndAdmins() {
        decide(
                "qualifications",
                addQualification(therapist, "'SWEDISH'", LocalDate.now().plusDays(20)),
                "verify",
                "");
        long later = addQualification(therapist, "'SHIATSU'", LocalDate.now().plusDays(40));
        decide("qualifications", later, "verify", "");
        HttpResponse<String> mine = http.get("api/v1/therapists/me/expiring", therapist, PW);
        assertTrue(mine.body().contains(LocalDate.now().plusDays(20).toString()), mine.body());
        assertFalse(mine.body().contains("\"id\":" + later + ","), mine.body());
        HttpResponse<String> admin = http.get("api/v1/admin/expiring", ADMIN, ADMIN_PW);
        assertTrue(admin.body().contains(LocalDate.now().plusDays(20).toString()));
    }

    @Test
    @RunAsClient
    void aSubmittedRecordIsPendingInTheQueueAndNotListed() {
        long q = addQualification(therapist, "'SWEDISH'", null);
        addInsurance(therapist, LocalDate.now().plusYears(1));
        assertFalse(listed(null));
        HttpResponse<String> queue = http.get("api/v1/admin/qualifications?status=PENDING", ADMIN, ADMIN_PW);
        assertTrue(queue.body().contains("\"id\":" + q), queue.body());
    }

    @Test
    @RunAsClient
    void verifiedQualificationAndInsuranceListTheTherapistForItsTechniquesOnly() {
        verifiedFor("'SWEDISH','SHIATSU'");
        assertTrue(listed(null));
        assertTrue(listed("SHIATSU"));
        assertFalse(listed("DEEP_TISSUE"));
        HttpResponse<String> unknown = http.get("api/v1/therapists?technique=TICKLING");
        assertEquals(400, unknown.statusCode());
        assertEquals("technique", Http.json(unknown).getString("field"));
    }

    @Test
    @RunAsClient
    void lapsedInsuranceOrAnExpiredQualificationKeepsATherapistUnlisted() {
        decide(
                "qualifications",
                addQualification(therapist, "'SWEDISH'", LocalDate.now().minusDays(1)),
                "verify",
                "");
        decide("insurance", addInsurance(therapist, LocalDate.now().plusYears(1)), "verify", "");
        assertFalse(listed(null));
        decide("qualifications", addQualification(therapist, "'SWEDISH'", null), "verify", "");
        assertTrue(listed(null));
        String other = therapist;
        therapist = http.registerTherapist("lapsed");
        decide("qualifications", addQualification(therapist, "'SWEDISH'", null), "verify", "");
        decide("insurance", addInsurance(therapist, LocalDate.now().minusDays(1)), "verify", "");
        assertFalse(listed(null), "lapsed insurance");
        therapist = other;
    }

    @Test
    @RunAsClient
    void aRejectionNeedsAReasonAndEveryDecisionIsRecorded() {
        long q = addQualification(therapist, "'REFLEXOLOGY'", null);
        HttpResponse<String> bare = decide("qualifications", q, "reject", "{}");
        assertEquals(400, bare.statusCode());
        assertEquals("reason", Http.json(bare).getString("field"));
        HttpResponse<String> rejected =
                decide("qualifications", q, "reject", "{\"reason\":\"The certificate is unreadable\"}");
        assertEquals("REJECTED", Http.json(rejected).getString("status"));
        assertEquals(
                "The certificate is unreadable",
                Db.one(
                        "SELECT reason FROM verification_decision WHERE record_type = 'qualification' AND record_id = ?",
                        q));
        assertEquals(409, decide("qualifications", q, "verify", "").statusCode());
    }

    @Test
    @RunAsClient
    void aChangeToAVerifiedQualificationMakesItPendingAgain() {
        long q = addQualification(therapist, "'SWEDISH'", null);
        decide("qualifications", q, "verify", "");
        decide("insurance", addInsurance(therapist, LocalDate.now().plusYears(1)), "verify", "");
        assertTrue(listed("SWEDISH"));
        String change =
                "{'title':'Diploma in Massage','awardingBody':'ITEC','level':'Level 4','awardedOn':'2020-06-01',"
                        + "'techniques':['SWEDISH','DEEP_TISSUE']}";
        HttpResponse<String> changed =
                http.send("PUT", "api/v1/therapists/me/qualifications/" + q, change.replace('\'', '"'), therapist, PW);
        assertEquals("PENDING", Http.json(changed).getString("status"), changed.body());
        assertFalse(listed("SWEDISH"));
    }

    @Test
    @RunAsClient
    void evidenceIsCheckedByItsBytesAndServedOnlyToItsTherapistAndAdmins() {
        long q = addQualification(therapist, "'SWEDISH'", null);
        String path = "api/v1/therapists/me/qualifications/" + q + "/evidence/";
        HttpResponse<String> pdf =
                http.putBytes(path + "certificate.pdf", "application/pdf", "%PDF-1.7 cert".getBytes(), therapist, PW);
        assertEquals(201, pdf.statusCode(), pdf.body());
        long file = Http.json(pdf).getJsonNumber("id").longValue();
        assertEquals(
                400,
                http.putBytes(path + "fake.pdf", "application/pdf", "MZ not a pdf".getBytes(), therapist, PW)
                        .statusCode());
        assertEquals(
                400,
                http.putBytes(path + "empty.pdf", "application/pdf", new byte[0], therapist, PW)
                        .statusCode());
        byte[] big = new byte[10 * 1024 * 1024 + 1];
        System.arraycopy("%PDF-".getBytes(), 0, big, 0, 5);
        HttpResponse<String> tooBig = http.putBytes(path + "big.pdf", "application/pdf", big, therapist, PW);
        assertEquals(400, tooBig.statusCode());
        assertTrue(Http.json(tooBig).getString("message").contains("10 MB"));
        // Issue 23, L4: ten files a record; the eleventh is refused and not stored.
        for (int i = 2; i <= 10; i++) {
            assertEquals(
                    201,
                    http.putBytes(
                                    path + "page" + i + ".pdf",
                                    "application/pdf",
                                    "%PDF-1.7 page".getBytes(),
                                    therapist,
                                    PW)
                            .statusCode());
        }
        HttpResponse<String> eleventh =
                http.putBytes(path + "page11.pdf", "application/pdf", "%PDF-1.7 page".getBytes(), therapist, PW);
        assertEquals(400, eleventh.statusCode(), eleventh.body());
        assertTrue(Http.json(eleventh).getString("message").contains("at most 10 files"), eleventh.body());
        assertEquals(
                200,
                http.get("api/v1/therapists/evidence/" + file, therapist, PW).statusCode());
        assertEquals(
                200,
                http.get("api/v1/therapists/evidence/" + file, ADMIN, ADMIN_PW).statusCode());
        String other = http.registerTherapist("nosy");
        assertEquals(
                404, http.get("api/v1/therapists/evidence/" + file, other, PW).statusCode());
        assertEquals(
                404,
                http.putBytes(path + "theirs.pdf", "application/pdf", "%PDF-1".getBytes(), other, PW)
                        .statusCode());
        assertEquals(
                "10", Db.one("SELECT COUNT(*) FROM evidence_file WHERE owner_id = ?", q), "none of the nosy one's");
    }

    @Test
    @RunAsClient
    void everyoneElseIsRefused() {
        String client = http.registerClient("not-a-therapist");
        assertEquals(401, http.get("api/v1/therapists/me/qualifications").statusCode());
        assertEquals(
                403, http.get("api/v1/therapists/me/qualifications", client, PW).statusCode());
        assertEquals(403, http.get("api/v1/admin/qualifications", client, PW).statusCode());
        assertEquals(403, http.get("api/v1/admin/qualifications", therapist, PW).statusCode());
        long q = addQualification(therapist, "'SWEDISH'", null);
        assertEquals(
                403,
                http.postJson("api/v1/admin/qualifications/" + q + "/verify", "{\"version\":1}", therapist, PW)
                        .statusCode());
        String other = http.registerTherapist("other");
        HttpResponse<String> change = http.send(
                "PUT",
                "api/v1/therapists/me/qualifications/" + q,
                "{\"title\":\"x\",\"awardingBody\":\"x\",\"level\":\"x\",\"awardedOn\":\"2020-01-01\",\"techniques\":[\"SWEDISH\"]}",
                other,
                PW);
        assertEquals(404, change.statusCode());
        assertFalse(http.get("api/v1/therapists/me/qualifications", other, PW)
                .body()
                .contains("\"id\":" + q + ","));
    }

    @Test
    @RunAsClient
    void badQualificationsAre400NamingTheField() {
        HttpResponse<String> r = http.postJson(
                "api/v1/therapists/me/qualifications",
                "{\"title\":\"Diploma\",\"awardingBody\":\"ITEC\",\"level\":\"3\",\"ofqualNumber\":\"12-34\","
                        + "\"awardedOn\":\"2020-01-01\",\"techniques\":[\"SWEDISH\"]}",
                therapist,
                PW);
        assertEquals("ofqualNumber", Http.json(r).getString("field"));
        r = http.postJson(
                "api/v1/therapists/me/qualifications",
                "{\"title\":\"Diploma\",\"awardingBody\":\"ITEC\",\"level\":\"3\",\"awardedOn\":\"2020-01-01\","
                        + "\"techniques\":[\"TICKLING\"]}",
                therapist,
                PW);
        assertEquals("techniques", Http.json(r).getString("field"));
        assertEquals(
                400,
                http.postJson("api/v1/therapists/me/qualifications", "{\"title\":", therapist, PW)
                        .statusCode());
    }

    @Test
    @RunAsClient
    void anInsuranceWithEveryFieldWrongIs400NamingThemAllAndStoresNothing() {
        String before = Db.one("SELECT COUNT(*) FROM insurance");
        HttpResponse<String> r = http.postJson(
                "api/v1/therapists/me/insurance",
                "{\"insurer\":\"\",\"policyNumber\":\" \",\"coverPounds\":0,\"validFrom\":\"2026-01-01\","
                        + "\"validTo\":\"2025-01-01\"}",
                therapist,
                PW);
        assertEquals(400, r.statusCode(), r.body());
        assertEquals(List.of("insurer", "policyNumber", "coverPounds", "validTo"), Http.fields(r));
        assertEquals(before, Db.one("SELECT COUNT(*) FROM insurance"));
    }
}
