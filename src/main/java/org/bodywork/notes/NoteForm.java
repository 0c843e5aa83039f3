package org.bodywork.notes;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.bodywork.screening.Area;
import org.bodywork.screening.Technique;
import org.bodywork.shared.BusinessException;
import org.bodywork.shared.Words;

/**
 * What a therapist writes in a note, as the page and the API send it. A draft may be incomplete;
 * {@link #check()} only refuses what could never be right (a pain score of 11, a 900-minute session).
 * Override reasons are keyed like {@link ScreeningOverride#key()}, e.g. "TECHNIQUE:DEEP_TISSUE".
 */
public class NoteForm implements java.io.Serializable {

    static final int TEXT = 4000;

    private String clientWords;
    private Integer painBefore;
    private String changesSince;
    private Boolean healthChanged;
    private String observations;
    private String palpation;
    private Set<Area> areas = EnumSet.noneOf(Area.class);
    private Set<Technique> techniques = EnumSet.noneOf(Technique.class);
    private Pressure pressure;
    private Integer minutes;
    private String response;
    private Integer painAfter;
    private String nextSteps;
    private String frequency;
    private String homeCare;
    private String referral;
    private Map<String, String> overrides = new LinkedHashMap<>();

    /** Refuses values no note could hold, naming the field and saying what is expected. */
    public void check() {
        pain("painBefore", painBefore);
        pain("painAfter", painAfter);
        if (minutes != null && (minutes < 5 || minutes > 240)) {
            throw BusinessException.invalid("minutes", Words.text("notes.the-time-treated-is-to"));
        }
        text("clientWords", clientWords, TEXT);
        text("changesSince", changesSince, TEXT);
        text("observations", observations, TEXT);
        text("palpation", palpation, TEXT);
        text("response", response, TEXT);
        text("nextSteps", nextSteps, TEXT);
        text("frequency", frequency, 200);
        text("homeCare", homeCare, TEXT);
        text("referral", referral, TEXT);
        for (Map.Entry<String, String> o : overrides.entrySet()) {
            text("overrides", o.getValue(), 500);
        }
    }

    private static void pain(String field, Integer score) {
        if (score != null && (score < 0 || score > 10)) {
            throw BusinessException.invalid(field, Words.text("notes.pain-is-scored-from-none"));
        }
    }

    private static void text(String field, String value, int max) {
        if (value != null && value.length() > max) {
            throw BusinessException.invalid(
                    field, Words.text("notes.please-keep-this-to-characters", String.valueOf(max)));
        }
    }

    static String clean(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    public String getClientWords() {
        return clientWords;
    }

    public void setClientWords(String v) {
        clientWords = v;
    }

    public Integer getPainBefore() {
        return painBefore;
    }

    public void setPainBefore(Integer v) {
        painBefore = v;
    }

    public String getChangesSince() {
        return changesSince;
    }

    public void setChangesSince(String v) {
        changesSince = v;
    }

    public Boolean getHealthChanged() {
        return healthChanged;
    }

    public void setHealthChanged(Boolean v) {
        healthChanged = v;
    }

    public String getObservations() {
        return observations;
    }

    public void setObservations(String v) {
        observations = v;
    }

    public String getPalpation() {
        return palpation;
    }

    public void setPalpation(String v) {
        palpation = v;
    }

    public Set<Area> getAreas() {
        return areas;
    }

    public void setAreas(Set<Area> v) {
        areas = v == null || v.isEmpty() ? EnumSet.noneOf(Area.class) : EnumSet.copyOf(v);
    }

    public Set<Technique> getTechniques() {
        return techniques;
    }

    public void setTechniques(Set<Technique> v) {
        techniques = v == null || v.isEmpty() ? EnumSet.noneOf(Technique.class) : EnumSet.copyOf(v);
    }

    public Pressure getPressure() {
        return pressure;
    }

    public void setPressure(Pressure v) {
        pressure = v;
    }

    public Integer getMinutes() {
        return minutes;
    }

    public void setMinutes(Integer v) {
        minutes = v;
    }

    public String getResponse() {
        return response;
    }

    public void setResponse(String v) {
        response = v;
    }

    public Integer getPainAfter() {
        return painAfter;
    }

    public void setPainAfter(Integer v) {
        painAfter = v;
    }

    public String getNextSteps() {
        return nextSteps;
    }

    public void setNextSteps(String v) {
        nextSteps = v;
    }

    public String getFrequency() {
        return frequency;
    }

    public void setFrequency(String v) {
        frequency = v;
    }

    public String getHomeCare() {
        return homeCare;
    }

    public void setHomeCare(String v) {
        homeCare = v;
    }

    public String getReferral() {
        return referral;
    }

    public void setReferral(String v) {
        referral = v;
    }

    public Map<String, String> getOverrides() {
        return overrides;
    }

    public void setOverrides(Map<String, String> v) {
        overrides = v == null ? new LinkedHashMap<>() : new LinkedHashMap<>(v);
    }
}
