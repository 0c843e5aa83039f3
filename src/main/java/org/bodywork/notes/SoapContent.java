package org.bodywork.notes;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.bodywork.qualification.TechniquesConverter;
import org.bodywork.screening.Area;
import org.bodywork.screening.Technique;
import org.bodywork.shared.Words;

/**
 * What a therapist wrote about a session, in SOAP order: subjective, objective, assessment, plan.
 * Part of a {@link SessionNote}, whose rules decide when it may change; this class only holds the
 * content and says what is still missing.
 */
@Embeddable
public class SoapContent implements Serializable {

    @Column(name = "client_words")
    private String clientWords;

    @Column(name = "pain_before")
    private Integer painBefore;

    @Column(name = "changes_since")
    private String changesSince;

    @Column(name = "health_changed")
    private Boolean healthChanged;

    private String observations;
    private String palpation;

    @Convert(converter = AreasConverter.class)
    @Column(nullable = false)
    private Set<Area> areas = EnumSet.noneOf(Area.class);

    @Convert(converter = TechniquesConverter.class)
    @Column(nullable = false)
    private Set<Technique> techniques = EnumSet.noneOf(Technique.class);

    @Enumerated(EnumType.STRING)
    private Pressure pressure;

    private Integer minutes;
    private String response;

    @Column(name = "pain_after")
    private Integer painAfter;

    @Column(name = "next_steps")
    private String nextSteps;

    private String frequency;

    @Column(name = "home_care")
    private String homeCare;

    private String referral;

    protected SoapContent() {}

    /** An empty note that starts with the technique that was booked. */
    SoapContent(Technique booked) {
        techniques.add(booked);
    }

    /** Takes the form's content, cleaned; the form has been checked. */
    void update(NoteForm f) {
        clientWords = NoteForm.clean(f.getClientWords());
        painBefore = f.getPainBefore();
        changesSince = NoteForm.clean(f.getChangesSince());
        healthChanged = f.getHealthChanged();
        observations = NoteForm.clean(f.getObservations());
        palpation = NoteForm.clean(f.getPalpation());
        areas = copy(f.getAreas(), Area.class);
        techniques = copy(f.getTechniques(), Technique.class);
        pressure = f.getPressure();
        minutes = f.getMinutes();
        response = NoteForm.clean(f.getResponse());
        painAfter = f.getPainAfter();
        nextSteps = NoteForm.clean(f.getNextSteps());
        frequency = NoteForm.clean(f.getFrequency());
        homeCare = NoteForm.clean(f.getHomeCare());
        referral = NoteForm.clean(f.getReferral());
    }

    /** Copies the content into a form, to edit. */
    void fill(NoteForm f) {
        f.setClientWords(clientWords);
        f.setPainBefore(painBefore);
        f.setChangesSince(changesSince);
        f.setHealthChanged(healthChanged);
        f.setObservations(observations);
        f.setPalpation(palpation);
        f.setAreas(areas);
        f.setTechniques(techniques);
        f.setPressure(pressure);
        f.setMinutes(minutes);
        f.setResponse(response);
        f.setPainAfter(painAfter);
        f.setNextSteps(nextSteps);
        f.setFrequency(frequency);
        f.setHomeCare(homeCare);
        f.setReferral(referral);
    }

    /** What must be filled in before signing, in words, in the order of the form. */
    List<String> incomplete() {
        List<String> missing = new ArrayList<>();
        need(missing, painBefore == null, Words.text("notes.missing.painBefore"));
        need(missing, healthChanged == null, Words.text("notes.missing.healthChanged"));
        need(missing, areas.isEmpty(), Words.text("notes.missing.areas"));
        need(missing, techniques.isEmpty(), Words.text("notes.missing.techniques"));
        need(missing, pressure == null, Words.text("notes.missing.pressure"));
        need(missing, minutes == null, Words.text("notes.missing.minutes"));
        need(missing, response == null, Words.text("notes.missing.response"));
        need(missing, painAfter == null, Words.text("notes.missing.painAfter"));
        need(missing, nextSteps == null, Words.text("notes.missing.nextSteps"));
        return missing;
    }

    private static void need(List<String> missing, boolean absent, String part) {
        if (absent) {
            missing.add(part);
        }
    }

    private static <E extends Enum<E>> Set<E> copy(Set<E> values, Class<E> type) {
        Set<E> copy = EnumSet.noneOf(type);
        copy.addAll(values);
        return copy;
    }

    public String getClientWords() {
        return clientWords;
    }

    public Integer getPainBefore() {
        return painBefore;
    }

    public String getChangesSince() {
        return changesSince;
    }

    public Boolean getHealthChanged() {
        return healthChanged;
    }

    public String getObservations() {
        return observations;
    }

    public String getPalpation() {
        return palpation;
    }

    public Set<Area> getAreas() {
        return areas;
    }

    public Set<Technique> getTechniques() {
        return techniques;
    }

    public Pressure getPressure() {
        return pressure;
    }

    public Integer getMinutes() {
        return minutes;
    }

    public String getResponse() {
        return response;
    }

    public Integer getPainAfter() {
        return painAfter;
    }

    public String getNextSteps() {
        return nextSteps;
    }

    public String getFrequency() {
        return frequency;
    }

    public String getHomeCare() {
        return homeCare;
    }

    public String getReferral() {
        return referral;
    }
}
