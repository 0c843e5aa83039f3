package org.bodywork.intake;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bodywork.screening.Area;
import org.bodywork.screening.ConditionCode;
import org.bodywork.shared.Words;

// Over 300 lines, not split yet: the form's sections (conditions, back pain, consent, GP) could be
// records of their own; left for issue 21, which reshapes intake.

/**
 * What the intake pages edit: every answer of the form, as a plain bean. It turns into the JSON
 * the API takes ({@link #toJson()}), so the pages and the API share one validation, and back
 * ({@link #fromJson}) to resume a draft or start from the last version.
 */
public class IntakeFormData implements Serializable {

    /** The form's steps, in order. */
    public static final List<String> STEPS = List.of("about", "gp", "back", "conditions", "medication", "consent");

    /** One condition the client may tick, with the details it needs. */
    public static class ConditionEntry implements Serializable {
        private final ConditionCode code;
        private boolean selected;
        private Area area;
        private LocalDate since;
        private Boolean contagious;
        private Boolean controlled;
        private Boolean neuropathy;
        private Integer weeks;

        ConditionEntry(ConditionCode code) {
            this.code = code;
        }

        public boolean needs(String detail) {
            return code.needs(ConditionCode.Detail.valueOf(detail));
        }

        public ConditionCode getCode() {
            return code;
        }

        public boolean isSelected() {
            return selected;
        }

        public void setSelected(boolean selected) {
            this.selected = selected;
        }

        public Area getArea() {
            return area;
        }

        public void setArea(Area area) {
            this.area = area;
        }

        public LocalDate getSince() {
            return since;
        }

        public void setSince(LocalDate since) {
            this.since = since;
        }

        public Boolean getContagious() {
            return contagious;
        }

        public void setContagious(Boolean contagious) {
            this.contagious = contagious;
        }

        public Boolean getControlled() {
            return controlled;
        }

        public void setControlled(Boolean controlled) {
            this.controlled = controlled;
        }

        public Boolean getNeuropathy() {
            return neuropathy;
        }

        public void setNeuropathy(Boolean neuropathy) {
            this.neuropathy = neuropathy;
        }

        public Integer getWeeks() {
            return weeks;
        }

        public void setWeeks(Integer weeks) {
            this.weeks = weeks;
        }
    }

    private LocalDate dateOfBirth;
    private String phone;
    private String address;
    private String emergencyName;
    private String emergencyPhone;
    private String gpName;
    private String gpPractice;
    private Boolean backPain;
    private List<String> backAreas = new ArrayList<>();
    private LocalDate backStartedOn;
    private Boolean backDiagnosed;
    private List<String> redFlags = new ArrayList<>();
    private final List<ConditionEntry> conditions = new ArrayList<>();
    private String medications;
    private String goals;
    private boolean consentTreatment;
    private boolean consentHealthData;
    private String guardianName;
    private boolean guardianConsent;

    public IntakeFormData() {
        for (ConditionCode code : ConditionCode.values()) {
            conditions.add(new ConditionEntry(code));
        }
    }

    public boolean isMinorOn(LocalDate day) {
        return dateOfBirth != null && Period.between(dateOfBirth, day).getYears() < IntakeForm.ADULT_AGE;
    }

    /**
     * What is missing or wrong on one step, as UI field id to message; empty when the step may be
     * left. The full check happens when the form is sent ({@link IntakeForm#read}).
     */
    public Map<String, String> problems(int step, LocalDate today) {
        Map<String, String> problems = new LinkedHashMap<>();
        switch (STEPS.get(step)) {
            case "about" -> {
                if (dateOfBirth == null) {
                    problems.put("dob", Words.text("intake.enter-your-date-of-birth"));
                } else if (dateOfBirth.isAfter(today)) {
                    problems.put("dob", Words.text("intake.your-date-of-birth-cannot"));
                }
                if (blank(emergencyName)) {
                    problems.put("emergencyName", Words.text("intake.enter-the-name-of-someone"));
                }
                if (blank(emergencyPhone)) {
                    problems.put("emergencyPhone", Words.text("intake.enter-their-phone-number"));
                }
            }
            case "back" -> {
                if (backPain == null) {
                    problems.put("backPain", Words.text("intake.tell-us-whether-you-have"));
                } else if (backPain) {
                    if (backDiagnosed == null) {
                        problems.put("backDiagnosed", Words.text("intake.tell-us-whether-a-doctor"));
                    }
                    if (backStartedOn == null && !Boolean.TRUE.equals(backDiagnosed)) {
                        problems.put("backStartedOn", Words.text("intake.tell-us-when-your-back"));
                    } else if (backStartedOn != null && backStartedOn.isAfter(today)) {
                        problems.put("backStartedOn", Words.text("intake.your-back-pain-cannot-start"));
                    }
                }
            }
            case "conditions" -> {
                for (int i = 0; i < conditions.size(); i++) {
                    ConditionEntry c = conditions.get(i);
                    if (!c.selected) {
                        continue;
                    }
                    String at = "conditions:" + i + ":";
                    if (c.needs("AREA") && c.area == null) {
                        problems.put(at + "area", Words.text("intake.choose-where-on-your-body"));
                    }
                    if (c.needs("SINCE") && c.since == null) {
                        problems.put(at + "since", Words.text("intake.enter-the-date"));
                    } else if (c.since != null && c.since.isAfter(today)) {
                        problems.put(at + "since", Words.text("intake.the-date-cannot-be-in"));
                    }
                    if (c.needs("CONTAGIOUS") && c.contagious == null) {
                        problems.put(at + "contagious", Words.text("intake.tell-us-whether-it-can"));
                    }
                    if (c.needs("CONTROLLED") && c.controlled == null) {
                        problems.put(at + "controlled", Words.text("intake.tell-us-whether-it-is"));
                    }
                    if (c.needs("NEUROPATHY") && c.neuropathy == null) {
                        problems.put(at + "neuropathy", Words.text("intake.tell-us-whether-you-have-2"));
                    }
                    if (c.needs("WEEKS") && (c.weeks == null || c.weeks < 1 || c.weeks > 42)) {
                        problems.put(at + "weeks", Words.text("intake.enter-how-many-weeks-pregnant"));
                    }
                }
            }
            case "consent" -> {
                if (!consentTreatment) {
                    problems.put("consentTreatment", Words.text("intake.tick-that-you-consent-to"));
                }
                if (!consentHealthData) {
                    problems.put("consentHealthData", Words.text("intake.tick-that-you-agree-to"));
                }
                if (isMinorOn(today)) {
                    if (blank(guardianName)) {
                        problems.put("guardianName", Words.text("intake.clients-under-need-a-parent"));
                    }
                    if (!guardianConsent) {
                        problems.put("guardianConsent", Words.text("intake.your-parent-or-guardian-must"));
                    }
                }
            }
            default -> {
                // GP and medication are optional.
            }
        }
        return problems;
    }

    /** The form as the intake API takes it. */
    public JsonObject toJson() {
        JsonObjectBuilder o = Json.createObjectBuilder();
        if (dateOfBirth != null) {
            o.add("dateOfBirth", dateOfBirth.toString());
        }
        if (Boolean.TRUE.equals(backPain)) {
            JsonObjectBuilder pain = Json.createObjectBuilder()
                    .add("areas", Json.createArrayBuilder(backAreas))
                    .add("redFlags", Json.createArrayBuilder(redFlags));
            if (backStartedOn != null) {
                pain.add("startedOn", backStartedOn.toString());
            }
            if (backDiagnosed != null) {
                pain.add("diagnosed", backDiagnosed);
            }
            o.add("backPain", pain);
        }
        JsonArrayBuilder list = Json.createArrayBuilder();
        for (ConditionEntry c : conditions) {
            if (!c.selected) {
                continue;
            }
            JsonObjectBuilder co = Json.createObjectBuilder().add("code", c.code.name());
            if (c.needs("AREA") && c.area != null) {
                co.add("area", c.area.name());
            }
            if (c.needs("SINCE") && c.since != null) {
                co.add("since", c.since.toString());
            }
            addFlag(co, "contagious", c.needs("CONTAGIOUS") ? c.contagious : null);
            addFlag(co, "controlled", c.needs("CONTROLLED") ? c.controlled : null);
            addFlag(co, "neuropathy", c.needs("NEUROPATHY") ? c.neuropathy : null);
            if (c.needs("WEEKS") && c.weeks != null) {
                co.add("weeks", c.weeks);
            }
            list.add(co);
        }
        o.add("conditions", list);
        o.add(
                "contact",
                Json.createObjectBuilder()
                        .add("phone", text(phone))
                        .add("address", text(address))
                        .add("emergencyContactName", text(emergencyName))
                        .add("emergencyContactPhone", text(emergencyPhone)));
        o.add("gp", Json.createObjectBuilder().add("name", text(gpName)).add("practice", text(gpPractice)));
        o.add("medications", text(medications));
        o.add("goals", text(goals));
        o.add(
                "consent",
                Json.createObjectBuilder().add("treatment", consentTreatment).add("healthData", consentHealthData));
        if (!blank(guardianName) || guardianConsent) {
            o.add(
                    "guardian",
                    Json.createObjectBuilder().add("name", text(guardianName)).add("consent", guardianConsent));
        }
        return o.build();
    }

    /** Fills a form from JSON the form or the API produced; unknown or broken parts are skipped. */
    public static IntakeFormData fromJson(JsonObject o) {
        IntakeFormData f = new IntakeFormData();
        f.dateOfBirth = date(o, "dateOfBirth");
        JsonObject contact = object(o, "contact");
        f.phone = string(contact, "phone");
        f.address = string(contact, "address");
        f.emergencyName = string(contact, "emergencyContactName");
        f.emergencyPhone = string(contact, "emergencyContactPhone");
        JsonObject gp = object(o, "gp");
        f.gpName = string(gp, "name");
        f.gpPractice = string(gp, "practice");
        if (o.get("backPain") instanceof JsonObject pain) {
            f.backPain = true;
            f.backAreas = strings(pain, "areas");
            f.redFlags = strings(pain, "redFlags");
            f.backStartedOn = date(pain, "startedOn");
            f.backDiagnosed = pain.containsKey("diagnosed") ? pain.get("diagnosed") == JsonValue.TRUE : null;
        } else if (o.containsKey("dateOfBirth")) {
            f.backPain = false;
        }
        if (o.get("conditions") instanceof jakarta.json.JsonArray list) {
            for (JsonValue v : list) {
                if (!(v instanceof JsonObject c) || !(c.get("code") instanceof jakarta.json.JsonString code)) {
                    continue;
                }
                f.conditions.stream()
                        .filter(e -> e.code.name().equals(code.getString()))
                        .findFirst()
                        .ifPresent(e -> {
                            e.selected = true;
                            String area = string(c, "area");
                            e.area = area == null ? null : Area.valueOf(area);
                            e.since = date(c, "since");
                            e.contagious = bool(c, "contagious");
                            e.controlled = bool(c, "controlled");
                            e.neuropathy = bool(c, "neuropathy");
                            e.weeks = c.get("weeks") instanceof jakarta.json.JsonNumber n ? n.intValue() : null;
                        });
            }
        }
        f.medications = string(o, "medications");
        f.goals = string(o, "goals");
        JsonObject consent = object(o, "consent");
        f.consentTreatment = consent.get("treatment") == JsonValue.TRUE;
        f.consentHealthData = consent.get("healthData") == JsonValue.TRUE;
        JsonObject guardian = object(o, "guardian");
        f.guardianName = string(guardian, "name");
        f.guardianConsent = guardian.get("consent") == JsonValue.TRUE;
        return f;
    }

    /** The same answers for a new version: consent is given afresh each time. */
    public IntakeFormData withoutConsent() {
        consentTreatment = false;
        consentHealthData = false;
        guardianConsent = false;
        return this;
    }

    private static void addFlag(JsonObjectBuilder o, String name, Boolean value) {
        if (value != null) {
            o.add(name, value);
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String text(String s) {
        return s == null ? "" : s.trim();
    }

    private static JsonObject object(JsonObject o, String name) {
        return o.get(name) instanceof JsonObject inner ? inner : JsonValue.EMPTY_JSON_OBJECT;
    }

    private static String string(JsonObject o, String name) {
        return o.get(name) instanceof jakarta.json.JsonString s
                        && !s.getString().isEmpty()
                ? s.getString()
                : null;
    }

    private static Boolean bool(JsonObject o, String name) {
        JsonValue v = o.get(name);
        return v == JsonValue.TRUE ? Boolean.TRUE : v == JsonValue.FALSE ? Boolean.FALSE : null;
    }

    private static LocalDate date(JsonObject o, String name) {
        try {
            String s = string(o, name);
            return s == null ? null : LocalDate.parse(s);
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }

    private static List<String> strings(JsonObject o, String name) {
        List<String> values = new ArrayList<>();
        if (o.get(name) instanceof jakarta.json.JsonArray list) {
            list.forEach(v -> {
                if (v instanceof jakarta.json.JsonString s) {
                    values.add(s.getString());
                }
            });
        }
        return values;
    }

    // Getters and setters for the pages.

    public LocalDate getDateOfBirth() {
        return dateOfBirth;
    }

    public void setDateOfBirth(LocalDate v) {
        dateOfBirth = v;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String v) {
        phone = v;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String v) {
        address = v;
    }

    public String getEmergencyName() {
        return emergencyName;
    }

    public void setEmergencyName(String v) {
        emergencyName = v;
    }

    public String getEmergencyPhone() {
        return emergencyPhone;
    }

    public void setEmergencyPhone(String v) {
        emergencyPhone = v;
    }

    public String getGpName() {
        return gpName;
    }

    public void setGpName(String v) {
        gpName = v;
    }

    public String getGpPractice() {
        return gpPractice;
    }

    public void setGpPractice(String v) {
        gpPractice = v;
    }

    public Boolean getBackPain() {
        return backPain;
    }

    public void setBackPain(Boolean v) {
        backPain = v;
    }

    public List<String> getBackAreas() {
        return backAreas;
    }

    public void setBackAreas(List<String> v) {
        backAreas = v == null ? new ArrayList<>() : new ArrayList<>(v);
    }

    public LocalDate getBackStartedOn() {
        return backStartedOn;
    }

    public void setBackStartedOn(LocalDate v) {
        backStartedOn = v;
    }

    public Boolean getBackDiagnosed() {
        return backDiagnosed;
    }

    public void setBackDiagnosed(Boolean v) {
        backDiagnosed = v;
    }

    public List<String> getRedFlags() {
        return redFlags;
    }

    public void setRedFlags(List<String> v) {
        redFlags = v == null ? new ArrayList<>() : new ArrayList<>(v);
    }

    public List<ConditionEntry> getConditions() {
        return conditions;
    }

    public String getMedications() {
        return medications;
    }

    public void setMedications(String v) {
        medications = v;
    }

    public String getGoals() {
        return goals;
    }

    public void setGoals(String v) {
        goals = v;
    }

    public boolean isConsentTreatment() {
        return consentTreatment;
    }

    public void setConsentTreatment(boolean v) {
        consentTreatment = v;
    }

    public boolean isConsentHealthData() {
        return consentHealthData;
    }

    public void setConsentHealthData(boolean v) {
        consentHealthData = v;
    }

    public String getGuardianName() {
        return guardianName;
    }

    public void setGuardianName(String v) {
        guardianName = v;
    }

    public boolean isGuardianConsent() {
        return guardianConsent;
    }

    public void setGuardianConsent(boolean v) {
        guardianConsent = v;
    }
}
