package org.bodywork.intake;

import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import org.bodywork.shared.JsonP;

/**
 * The pages' form as the JSON the intake API takes, so the pages and the API share one validation
 * ({@link IntakeForm#read}), and back, to resume a draft or start from the last version.
 */
final class IntakeFormJson {

    private IntakeFormJson() {}

    /** The form as the intake API takes it. */
    static JsonObject write(IntakeFormData f) {
        JsonObjectBuilder o = JsonP.createObjectBuilder();
        if (f.getDateOfBirth() != null) {
            o.add("dateOfBirth", f.getDateOfBirth().toString());
        }
        if (Boolean.TRUE.equals(f.getBackPain())) {
            o.add("backPain", backPain(f));
        }
        JsonArrayBuilder list = JsonP.createArrayBuilder();
        for (ConditionEntry c : f.getConditions()) {
            if (c.isSelected()) {
                list.add(c.toJson());
            }
        }
        o.add("conditions", list);
        o.add("contact", contact(f));
        o.add(
                "gp",
                JsonP.createObjectBuilder()
                        .add("name", FormJson.text(f.getGpName()))
                        .add("practice", FormJson.text(f.getGpPractice())));
        o.add("medications", FormJson.text(f.getMedications()));
        o.add("goals", FormJson.text(f.getGoals()));
        o.add(
                "consent",
                JsonP.createObjectBuilder()
                        .add("treatment", f.isConsentTreatment())
                        .add("healthData", f.isConsentHealthData()));
        if (!FormJson.blank(f.getGuardianName()) || f.isGuardianConsent()) {
            o.add(
                    "guardian",
                    JsonP.createObjectBuilder()
                            .add("name", FormJson.text(f.getGuardianName()))
                            .add("consent", f.isGuardianConsent()));
        }
        return o.build();
    }

    private static JsonObjectBuilder contact(IntakeFormData f) {
        return JsonP.createObjectBuilder()
                .add("phone", FormJson.text(f.getPhone()))
                .add("address", FormJson.text(f.getAddress()))
                .add("emergencyContactName", FormJson.text(f.getEmergencyName()))
                .add("emergencyContactPhone", FormJson.text(f.getEmergencyPhone()));
    }

    private static JsonObjectBuilder backPain(IntakeFormData f) {
        JsonObjectBuilder pain = JsonP.createObjectBuilder()
                .add("areas", JsonP.createArrayBuilder(f.getBackAreas()))
                .add("redFlags", JsonP.createArrayBuilder(f.getRedFlags()));
        if (f.getBackStartedOn() != null) {
            pain.add("startedOn", f.getBackStartedOn().toString());
        }
        if (f.getBackDiagnosed() != null) {
            pain.add("diagnosed", f.getBackDiagnosed());
        }
        return pain;
    }

    /** Fills a form from JSON the form or the API produced; unknown or broken parts are skipped. */
    static IntakeFormData read(JsonObject o) {
        IntakeFormData f = new IntakeFormData();
        f.setDateOfBirth(FormJson.date(o, "dateOfBirth"));
        JsonObject contact = FormJson.object(o, "contact");
        f.setPhone(FormJson.string(contact, "phone"));
        f.setAddress(FormJson.string(contact, "address"));
        f.setEmergencyName(FormJson.string(contact, "emergencyContactName"));
        f.setEmergencyPhone(FormJson.string(contact, "emergencyContactPhone"));
        JsonObject gp = FormJson.object(o, "gp");
        f.setGpName(FormJson.string(gp, "name"));
        f.setGpPractice(FormJson.string(gp, "practice"));
        readBackPain(o, f);
        if (o.get("conditions") instanceof JsonArray list) {
            for (JsonValue v : list) {
                if (v instanceof JsonObject c && c.get("code") instanceof JsonString code) {
                    f.getConditions().stream()
                            .filter(e -> e.getCode().name().equals(code.getString()))
                            .findFirst()
                            .ifPresent(e -> e.fill(c));
                }
            }
        }
        f.setMedications(FormJson.string(o, "medications"));
        f.setGoals(FormJson.string(o, "goals"));
        JsonObject consent = FormJson.object(o, "consent");
        f.setConsentTreatment(consent.get("treatment") == JsonValue.TRUE);
        f.setConsentHealthData(consent.get("healthData") == JsonValue.TRUE);
        JsonObject guardian = FormJson.object(o, "guardian");
        f.setGuardianName(FormJson.string(guardian, "name"));
        f.setGuardianConsent(guardian.get("consent") == JsonValue.TRUE);
        return f;
    }

    private static void readBackPain(JsonObject o, IntakeFormData f) {
        if (o.get("backPain") instanceof JsonObject pain) {
            f.setBackPain(true);
            f.setBackAreas(FormJson.strings(pain, "areas"));
            f.setRedFlags(FormJson.strings(pain, "redFlags"));
            f.setBackStartedOn(FormJson.date(pain, "startedOn"));
            f.setBackDiagnosed(pain.containsKey("diagnosed") ? pain.get("diagnosed") == JsonValue.TRUE : null);
        } else if (o.containsKey("dateOfBirth")) {
            f.setBackPain(false);
        }
    }
}
