package org.bodywork.intake;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bodywork.screening.ConditionCode;
import org.bodywork.shared.Words;

/**
 * What the intake pages edit: every answer of the form, as a plain bean, with the checks that let
 * a step be left. {@link IntakeFormJson} turns it into the JSON the API takes and back.
 */
public class IntakeFormData implements Serializable {

    /** The form's steps, in order. */
    public static final List<String> STEPS = List.of("about", "gp", "back", "conditions", "medication", "consent");

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
            case "about" -> aboutYou(today, problems);
            case "back" -> back(today, problems);
            case "conditions" -> {
                for (int i = 0; i < conditions.size(); i++) {
                    conditions.get(i).problems("conditions:" + i + ":", today, problems);
                }
            }
            case "consent" -> consent(today, problems);
            default -> {
                // GP and medication are optional.
            }
        }
        return problems;
    }

    private void aboutYou(LocalDate today, Map<String, String> problems) {
        if (dateOfBirth == null) {
            problems.put("dob", Words.text("intake.enter-your-date-of-birth"));
        } else if (dateOfBirth.isAfter(today)) {
            problems.put("dob", Words.text("intake.your-date-of-birth-cannot"));
        }
        if (FormJson.blank(emergencyName)) {
            problems.put("emergencyName", Words.text("intake.enter-the-name-of-someone"));
        }
        if (FormJson.blank(emergencyPhone)) {
            problems.put("emergencyPhone", Words.text("intake.enter-their-phone-number"));
        }
    }

    private void back(LocalDate today, Map<String, String> problems) {
        if (backPain == null) {
            problems.put("backPain", Words.text("intake.tell-us-whether-you-have"));
            return;
        }
        if (!backPain) {
            return;
        }
        if (backDiagnosed == null) {
            problems.put("backDiagnosed", Words.text("intake.tell-us-whether-a-doctor"));
        }
        if (backStartedOn == null && !Boolean.TRUE.equals(backDiagnosed)) {
            problems.put("backStartedOn", Words.text("intake.tell-us-when-your-back"));
        } else if (backStartedOn != null && backStartedOn.isAfter(today)) {
            problems.put("backStartedOn", Words.text("intake.your-back-pain-cannot-start"));
        }
    }

    private void consent(LocalDate today, Map<String, String> problems) {
        if (!consentTreatment) {
            problems.put("consentTreatment", Words.text("intake.tick-that-you-consent-to"));
        }
        if (!consentHealthData) {
            problems.put("consentHealthData", Words.text("intake.tick-that-you-agree-to"));
        }
        if (isMinorOn(today)) {
            if (FormJson.blank(guardianName)) {
                problems.put("guardianName", Words.text("intake.clients-under-need-a-parent"));
            }
            if (!guardianConsent) {
                problems.put("guardianConsent", Words.text("intake.your-parent-or-guardian-must"));
            }
        }
    }

    /** The same answers for a new version: consent is given afresh each time. */
    public IntakeFormData withoutConsent() {
        consentTreatment = false;
        consentHealthData = false;
        guardianConsent = false;
        return this;
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
