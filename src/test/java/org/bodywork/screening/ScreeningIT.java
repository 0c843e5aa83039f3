package org.bodywork.screening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URL;
import java.net.http.HttpResponse;
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

/** The screening API in a real Payara Micro on MariaDB: results, refusals and bad input. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ScreeningIT {

    private static final String EXAMPLE = "{'assessedOn':'2027-03-15','dateOfBirth':'1980-06-01',"
            + "'backPain':{'areas':['LOWER_BACK'],'startedOn':'2027-01-31','diagnosed':false,"
            + "'redFlags':['WORSE_AT_NIGHT_OR_REST']},"
            + "'conditions':[{'code':'RECENT_SURGERY','area':'ABDOMEN','since':'2027-02-20'},"
            + "{'code':'SKIN_CONDITION','area':'ARMS','contagious':true},{'code':'HIGH_BLOOD_PRESSURE','controlled':true},"
            + "{'code':'DIABETES','neuropathy':false},{'code':'PREGNANCY','weeks':12}]}";

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
        email = http.registerClient("screened");
    }

    private HttpResponse<String> evaluate(String body) {
        return http.postJson("api/v1/screenings/evaluate", body.replace('\'', '"'), email, Deployments.PASSWORD);
    }

    private void refused(String body, String field) {
        HttpResponse<String> response = evaluate(body);
        assertEquals(400, response.statusCode(), response.body());
        JsonObject error = Http.json(response);
        assertEquals(field, error.getString("field"), response.body());
        assertFalse(error.getString("message").isBlank());
    }

    @Test
    void theIssuesExampleScreensAsTheReferenceSays() {
        HttpResponse<String> response = evaluate(EXAMPLE);
        assertEquals(200, response.statusCode(), response.body());
        JsonObject result = Http.json(response);
        // Undiagnosed back pain for 43 days and a GP red flag outrank the postponements.
        assertEquals("GP_CLEARANCE", result.getString("outcome"));
        JsonObject surgery = result.getJsonArray("flags").stream()
                .map(JsonValue::asJsonObject)
                .filter(f -> f.getString("code").equals("RECENT_SURGERY"))
                .findFirst()
                .orElseThrow();
        assertEquals("POSTPONE", surgery.getString("outcome"));
        assertEquals("2027-04-03", surgery.getString("until"));
        assertEquals("ABDOMEN", surgery.getString("area"));
        assertFalse(surgery.getString("reason").isBlank());
        assertEquals(
                "NOT_ALLOWED",
                result.getJsonObject("techniques").getJsonObject("SWEDISH").getString("verdict"));
        assertFalse(result.getString("ruleSetVersion").isBlank());
    }

    @Test
    void aClearClientIsClear() {
        JsonObject result = Http.json(evaluate("{'dateOfBirth':'1990-01-01'}"));
        assertEquals("CLEAR", result.getString("outcome"));
        assertTrue(result.getJsonArray("flags").isEmpty());
    }

    @Test
    void aRedFlagComesWithTheAdviceToCall999() {
        JsonObject result = Http.json(evaluate("{'dateOfBirth':'1990-01-01','backPain':{'startedOn':'2027-03-01',"
                + "'diagnosed':false,'redFlags':['SADDLE_NUMBNESS']},'assessedOn':'2027-03-15'}"));
        assertEquals("URGENT_MEDICAL", result.getString("outcome"));
        assertTrue(result.getJsonArray("advice").getString(0).contains("999"));
    }

    @Test
    void withoutSigningInItIs401() {
        HttpResponse<String> response = http.postJson("api/v1/screenings/evaluate", "{\"dateOfBirth\":\"1990-01-01\"}");
        assertEquals(401, response.statusCode());
        assertEquals("unauthorized", Http.json(response).getString("error"));
    }

    @Test
    void badInputIs400NamingTheField() {
        refused("{'conditions':[]}", "dateOfBirth");
        refused("{'dateOfBirth':'2999-01-01'}", "dateOfBirth");
        refused("{'dateOfBirth':'1990-01-01','conditions':[{'code':'HICCUPS'}]}", "conditions[0].code");
        refused("{'dateOfBirth':'1990-01-01','conditions':[{'code':'BRUISING','area':'ELBOW'}]}", "conditions[0].area");
        refused(
                "{'assessedOn':'2027-03-15','dateOfBirth':'1990-01-01','conditions':[{'code':'FRACTURE',"
                        + "'area':'ARMS','since':'2027-03-16'}]}",
                "conditions[0].since");
        refused("{'dateOfBirth':'1990-01-01','conditions':[{'code':'PREGNANCY','weeks':43}]}", "conditions[0].weeks");
        refused("{'dateOfBirth':'1990-01-01','conditions':[{'code':'PREGNANCY','weeks':0}]}", "conditions[0].weeks");
        refused("{'dateOfBirth':true}", "dateOfBirth");
    }

    @Test
    void malformedJsonIs400AsJson() {
        for (String body : new String[] {"{", "", "not json"}) {
            HttpResponse<String> response = evaluate(body);
            assertEquals(400, response.statusCode(), body);
            assertEquals("malformed_json", Http.json(response).getString("error"));
        }
    }
}
