package org.bodywork.intake;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.JsonObject;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.AbstractMap.SimpleImmutableEntry;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.bodywork.screening.AnswersJson;
import org.bodywork.screening.Flag;
import org.bodywork.screening.Result;
import org.bodywork.screening.Technique;
import org.bodywork.shared.BusinessException;
import org.bodywork.shared.Evidence;
import org.bodywork.shared.JsonText;
import org.bodywork.shared.Refusals;
import org.bodywork.shared.Upload;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/**
 * {@code /therapist/client?id=}: one client's screening today (outcome, reasons, technique
 * verdicts, areas to avoid), their answers, their history, and GP clearances.
 */
@Named
@ViewScoped
public class TherapistClientBacking implements Serializable {

    @Inject
    CareRecords intakes;

    private Long id;
    private ClientRecord record;
    private boolean booked;
    private List<Map.Entry<Technique, Result.TechniqueVerdict>> techniques = List.of();
    private List<String> answers = List.of();
    private List<Map.Entry<String, String>> details = List.of();
    private String flag;
    private String clinician;
    private LocalDate letterDate;
    private LocalDate expiresOn;
    private transient Part letter;

    /** Loads the record named by the id parameter; an unknown or foreign client is a 404. */
    public void load() throws IOException {
        if (id == null) {
            Faces.responseSendError(404, "No client");
            return;
        }
        try {
            show(intakes.clientRecord(id));
        } catch (BusinessException e) {
            Faces.responseSendError(404, e.getMessage());
        }
    }

    /** What the page shows, worked out once: EL reads each getter several times a render (issue 22). */
    private void show(CareRecords.CareRecord care) {
        record = care.record();
        booked = care.booked();
        Result screening = getScreening();
        // Serializable entries: the view, and so this bean, goes with the session to the other node.
        techniques = screening == null
                ? List.of()
                : screening.techniques().entrySet().stream()
                        .map(e -> (Map.Entry<Technique, Result.TechniqueVerdict>) new SimpleImmutableEntry<>(e))
                        .toList();
        IntakeVersion v = record.current() == null ? null : record.current().version();
        answers = v == null
                ? List.of()
                : Changes.describe(AnswersJson.read(JsonText.object(v.getAnswers()), v.getAssessedOn()));
        details = v == null ? List.of() : details(v);
    }

    /** Whether the client's notes page opens to this therapist (found by the run command's page crawl). */
    public boolean isBooked() {
        return booked;
    }

    public void recordClearance() {
        try {
            Upload file = Upload.of(letter);
            Evidence evidence = file == null ? null : Evidence.of(file.name(), file.bytes());
            intakes.recordClearance(id, new NewClearance(flag, clinician, letterDate, expiresOn, evidence));
            Messages.addGlobalInfo("care.clearanceRecorded");
            show(intakes.clientRecord(id));
            flag = clinician = null;
            letterDate = expiresOn = null;
        } catch (BusinessException e) {
            Refusals.show(e, "clearance");
        }
    }

    public ClientRecord getRecord() {
        return record;
    }

    public Result getScreening() {
        return record.current() == null ? null : record.current().screening();
    }

    public List<Map.Entry<Technique, Result.TechniqueVerdict>> getTechniques() {
        return techniques;
    }

    /** "light pressure; avoid the lower back" for [LIGHT_PRESSURE, AVOID_AREA:LOWER_BACK]. */
    public String words(List<String> adaptations) {
        return org.bodywork.screening.Adaptations.words(adaptations);
    }

    /** A clearance's finding in words (its flag's reason), rather than its rule key. */
    public String finding(String key) {
        return getScreening() == null
                ? key
                : getScreening().flags().stream()
                        .filter(f -> f.key().equals(key))
                        .map(Flag::reason)
                        .findFirst()
                        .orElse(key);
    }

    public List<Flag> getAwaitingClearance() {
        return getScreening() == null ? List.of() : getScreening().awaitingClearance();
    }

    /** The current version's answers, in words. */
    public List<String> getAnswers() {
        return answers;
    }

    /** Contact, GP, medication, goals and guardian, as label and text. */
    public List<Map.Entry<String, String>> getDetails() {
        return details;
    }

    private static List<Map.Entry<String, String>> details(IntakeVersion v) {
        List<Map.Entry<String, String>> lines = new ArrayList<>();
        JsonText.object(v.getDetails()).forEach((section, value) -> {
            if (value instanceof JsonObject inner) {
                inner.forEach((field, f) -> lines.add(new SimpleImmutableEntry<>(section + " " + field, text(f))));
            } else {
                lines.add(new SimpleImmutableEntry<>(section, text(value)));
            }
        });
        return lines.stream().filter(e -> !e.getValue().isBlank()).toList();
    }

    private static String text(jakarta.json.JsonValue v) {
        return v instanceof jakarta.json.JsonString s ? s.getString() : v.toString();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getFlag() {
        return flag;
    }

    public void setFlag(String flag) {
        this.flag = flag;
    }

    public String getClinician() {
        return clinician;
    }

    public void setClinician(String clinician) {
        this.clinician = clinician;
    }

    public LocalDate getLetterDate() {
        return letterDate;
    }

    public void setLetterDate(LocalDate letterDate) {
        this.letterDate = letterDate;
    }

    public LocalDate getExpiresOn() {
        return expiresOn;
    }

    public void setExpiresOn(LocalDate expiresOn) {
        this.expiresOn = expiresOn;
    }

    public Part getLetter() {
        return letter;
    }

    public void setLetter(Part letter) {
        this.letter = letter;
    }
}
