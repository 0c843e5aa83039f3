package org.bodywork.screening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AnswersJsonTest {

    private static final LocalDate TODAY = LocalDate.of(2027, 3, 15);

    private static JsonValue json(String text) {
        return Json.createReader(new StringReader(text.replace('\'', '"'))).readValue();
    }

    private static String fieldOf(String text) {
        return assertThrows(InvalidAnswers.class, () -> AnswersJson.read(json(text), TODAY))
                .field();
    }

    @Test
    void theIssuesExampleReadsWithEveryDetail() {
        Answers a = AnswersJson.read(
                json("{'assessedOn':'2027-03-15','dateOfBirth':'1980-06-01',"
                        + "'backPain':{'areas':['LOWER_BACK'],'startedOn':'2027-01-31','diagnosed':false,"
                        + "'redFlags':['WORSE_AT_NIGHT_OR_REST']},"
                        + "'conditions':[{'code':'RECENT_SURGERY','area':'ABDOMEN','since':'2027-02-20'},"
                        + "{'code':'SKIN_CONDITION','area':'ARMS','contagious':true},"
                        + "{'code':'HIGH_BLOOD_PRESSURE','controlled':true},{'code':'DIABETES','neuropathy':false},"
                        + "{'code':'PREGNANCY','weeks':12}]}"),
                TODAY);
        assertEquals(Set.of(RedFlag.WORSE_AT_NIGHT_OR_REST), a.backPain().redFlags());
        assertEquals(5, a.conditions().size());
        assertEquals(12, a.conditions().get(4).weeks());
        assertEquals(Area.ARMS, a.conditions().get(1).area());
    }

    @Test
    void assessedOnDefaultsToToday() {
        assertEquals(
                TODAY,
                AnswersJson.read(json("{'dateOfBirth':'1980-06-01'}"), TODAY).assessedOn());
    }

    @Test
    void anUnknownCodeIsNamedWithItsPlace() {
        assertEquals(
                "conditions[1].code",
                fieldOf("{'dateOfBirth':'1980-06-01','conditions':[{'code':'FEVER'}," + "{'code':'HICCUPS'}]}"));
    }

    @Test
    void anUnknownAreaIsNamed() {
        assertEquals(
                "conditions[0].area",
                fieldOf("{'dateOfBirth':'1980-06-01','conditions':[{'code':'BRUISING'," + "'area':'ELBOW'}]}"));
        assertEquals("backPain.areas[0]", fieldOf("{'dateOfBirth':'1980-06-01','backPain':{'areas':['TAIL']}}"));
    }

    @Test
    void wrongTypesAreNamed() {
        assertEquals("dateOfBirth", fieldOf("{'dateOfBirth':19800601}"));
        assertEquals(
                "conditions[0].weeks",
                fieldOf("{'dateOfBirth':'1980-06-01','conditions':[{'code':'PREGNANCY'," + "'weeks':'twelve'}]}"));
        assertEquals(
                "conditions[0].contagious",
                fieldOf("{'dateOfBirth':'1980-06-01','conditions':"
                        + "[{'code':'SKIN_CONDITION','area':'ARMS','contagious':'yes'}]}"));
        assertEquals("conditions", fieldOf("{'dateOfBirth':'1980-06-01','conditions':{}}"));
        assertEquals("body", fieldOf("[]"));
    }

    @Test
    void aBadlyWrittenDateIsNamed() {
        assertEquals("dateOfBirth", fieldOf("{'dateOfBirth':'01/06/1980'}"));
        assertEquals("assessedOn", fieldOf("{'assessedOn':'2027-02-30','dateOfBirth':'1980-06-01'}"));
    }

    @Test
    void resultsAreWrittenWithUntilOnlyForADatedPostponement() {
        Answers a = AnswersJson.read(
                json("{'dateOfBirth':'1980-06-01','conditions':[{'code':'RECENT_SURGERY','area':'ABDOMEN',"
                        + "'since':'2027-02-20'},{'code':'FEVER'}]}"),
                TODAY);
        JsonObject result = AnswersJson.write(new Screening(RuleSet.reference()).screen(a));
        assertEquals("POSTPONE", result.getString("outcome"));
        var flags = result.getJsonArray("flags");
        JsonObject surgery = flags.stream()
                .map(JsonValue::asJsonObject)
                .filter(f -> f.getString("code").equals("RECENT_SURGERY"))
                .findFirst()
                .orElseThrow();
        assertEquals("2027-04-03", surgery.getString("until"));
        assertTrue(flags.stream()
                .map(JsonValue::asJsonObject)
                .filter(f -> f.getString("code").equals("FEVER"))
                .noneMatch(f -> f.containsKey("until")));
        assertEquals("reference-1", result.getString("ruleSetVersion"));
        assertEquals(5, result.getJsonObject("techniques").size());
    }

    @Test
    void answersSurviveAWriteAndARead() {
        Answers a = AnswersJson.read(
                json("{'assessedOn':'2027-03-15','dateOfBirth':'1980-06-01','backPain':{'areas':['NECK'],"
                        + "'startedOn':'2027-03-01','diagnosed':false,'redFlags':[]},"
                        + "'conditions':[{'code':'DIABETES','neuropathy':true}]}"),
                TODAY);
        assertEquals(a, AnswersJson.read(AnswersJson.write(a), TODAY));
    }
}
