package org.bodywork.intake;

import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.time.LocalDate;
import java.time.Period;
import org.bodywork.screening.Answers;
import org.bodywork.screening.AnswersJson;
import org.bodywork.screening.InvalidAnswers;
import org.bodywork.shared.JsonP;
import org.bodywork.shared.Words;

/**
 * A submitted intake form: the answers screening reads, the consents, and the form's other
 * sections (contact, GP, medications, goals, guardian), which are kept as given once checked.
 */
public record IntakeForm(
        Answers answers, boolean consentTreatment, boolean consentHealthData, String guardianName, JsonObject details) {

    /** Clients younger than this need a parent or guardian's name and consent. */
    public static final int ADULT_AGE = 16;

    private static final int MAX_TEXT = 2000;

    /** Reads and checks a form; answers are screened for {@code today}, whatever the body says. */
    public static IntakeForm read(JsonValue body, LocalDate today) {
        if (body == null || body.getValueType() != JsonValue.ValueType.OBJECT) {
            throw new InvalidAnswers("body", Words.text("intake.must-be-a-json-object"));
        }
        JsonObject o = body.asJsonObject();
        Answers answers = AnswersJson.read(o, today).on(today);
        answers.validate();
        JsonObject consent = o.containsKey("consent") && o.get("consent") instanceof JsonObject c ? c : null;
        if (consent == null || consent.get("treatment") != JsonValue.TRUE) {
            throw new InvalidAnswers("consent.treatment", Words.text("intake.tick-that-you-consent-to"));
        }
        if (consent.get("healthData") != JsonValue.TRUE) {
            throw new InvalidAnswers("consent.healthData", Words.text("intake.tick-that-you-agree-to-2"));
        }
        JsonObjectBuilder details = JsonP.createObjectBuilder();
        section(o, "contact", details, "phone", "address", "emergencyContactName", "emergencyContactPhone");
        section(o, "gp", details, "name", "practice");
        text(o, "medications", details);
        text(o, "goals", details);
        String guardian = null;
        if (Period.between(answers.dateOfBirth(), today).getYears() < ADULT_AGE) {
            JsonObject g = o.get("guardian") instanceof JsonObject go ? go : JsonValue.EMPTY_JSON_OBJECT;
            guardian = g.get("name") instanceof JsonString s ? s.getString().trim() : "";
            if (guardian.isEmpty() || guardian.length() > 100) {
                throw new InvalidAnswers("guardian.name", Words.text("intake.clients-under-need-a-parent"));
            }
            if (g.get("consent") != JsonValue.TRUE) {
                throw new InvalidAnswers("guardian.consent", Words.text("intake.clients-under-need-their-parent"));
            }
            details.add(
                    "guardian",
                    JsonP.createObjectBuilder().add("name", guardian).add("consent", true));
        }
        return new IntakeForm(answers, true, true, guardian, details.build());
    }

    private static void section(JsonObject o, String name, JsonObjectBuilder into, String... fields) {
        if (!o.containsKey(name) || o.isNull(name)) {
            return;
        }
        if (!(o.get(name) instanceof JsonObject section)) {
            throw new InvalidAnswers(name, Words.text("intake.must-be-a-json-object"));
        }
        JsonObjectBuilder kept = JsonP.createObjectBuilder();
        for (String field : fields) {
            if (section.containsKey(field) && !section.isNull(field)) {
                kept.add(field, checkedText(section.get(field), name + "." + field));
            }
        }
        into.add(name, kept);
    }

    private static void text(JsonObject o, String name, JsonObjectBuilder into) {
        if (o.containsKey(name) && !o.isNull(name)) {
            into.add(name, checkedText(o.get(name), name));
        }
    }

    private static String checkedText(JsonValue v, String field) {
        if (!(v instanceof JsonString s)) {
            throw new InvalidAnswers(field, Words.text("intake.must-be-text"));
        }
        if (s.getString().length() > MAX_TEXT) {
            throw new InvalidAnswers(field, Words.text("intake.can-be-at-most-characters", String.valueOf(MAX_TEXT)));
        }
        return s.getString().trim();
    }
}
