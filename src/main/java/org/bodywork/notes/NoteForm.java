package org.bodywork.notes;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bodywork.screening.Area;
import org.bodywork.screening.Technique;
import org.bodywork.shared.Checks;
import org.bodywork.shared.InvalidFields.Problem;
import org.bodywork.shared.Words;

/**
 * What a therapist writes in a note, as the page and the API send it. A draft may be incomplete;
 * {@link #check()} only refuses what could never be right (a pain score of 11, a 900-minute session),
 * every such field at once.
 * Override reasons are keyed like {@link ScreeningOverride#key()}, e.g. "TECHNIQUE:DEEP_TISSUE".
 */
public class NoteForm implements java.io.Serializable {

    static final int TEXT = 4000;

    @Size(max = TEXT, message = "{notes.please-keep-this-to-characters}")
    private String clientWords;

    @Min(value = 0, message = "{notes.pain-is-scored-from-none}")
    @Max(value = 10, message = "{notes.pain-is-scored-from-none}")
    private Integer painBefore;

    @Size(max = TEXT, message = "{notes.please-keep-this-to-characters}")
    private String changesSince;

    private Boolean healthChanged;

    @Size(max = TEXT, message = "{notes.please-keep-this-to-characters}")
    private String observations;

    @Size(max = TEXT, message = "{notes.please-keep-this-to-characters}")
    private String palpation;

    private Set<Area> areas = EnumSet.noneOf(Area.class);
    private Set<Technique> techniques = EnumSet.noneOf(Technique.class);
    private Pressure pressure;

    @Min(value = 5, message = "{notes.the-time-treated-is-to}")
    @Max(value = 240, message = "{notes.the-time-treated-is-to}")
    private Integer minutes;

    @Size(max = TEXT, message = "{notes.please-keep-this-to-characters}")
    private String response;

    @Min(value = 0, message = "{notes.pain-is-scored-from-none}")
    @Max(value = 10, message = "{notes.pain-is-scored-from-none}")
    private Integer painAfter;

    @Size(max = TEXT, message = "{notes.please-keep-this-to-characters}")
    private String nextSteps;

    @Size(max = 200, message = "{notes.please-keep-this-to-characters}")
    private String frequency;

    @Size(max = TEXT, message = "{notes.please-keep-this-to-characters}")
    private String homeCare;

    @Size(max = TEXT, message = "{notes.please-keep-this-to-characters}")
    private String referral;

    private Map<String, String> overrides = new LinkedHashMap<>();

    /** Refuses values no note could hold, naming every such field and saying what is expected. */
    public void check() {
        List<Problem> problems = new ArrayList<>(Checks.problems(this));
        if (overrides.values().stream().anyMatch(reason -> reason != null && reason.length() > 500)) {
            problems.add(new Problem("overrides", Words.text("notes.please-keep-this-to-characters", "500")));
        }
        Checks.throwIfAny(this, problems);
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
