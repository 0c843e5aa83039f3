package org.bodywork.intake;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.bodywork.screening.AnswersJson;
import org.bodywork.screening.Flag;
import org.bodywork.screening.Result;
import org.bodywork.screening.Technique;
import org.bodywork.shared.BusinessException;
import org.bodywork.shared.JsonText;
import org.omnifaces.util.Faces;

/**
 * {@code /therapist/client?id=}: one client's screening today (outcome, reasons, technique
 * verdicts, areas to avoid), their answers, their history, and GP clearances (recorded on
 * {@code /therapist/clearance}). No form: a stateless view ({@code shared.LookingOnly}).
 */
@Named
@RequestScoped
public class TherapistClientBacking {

    @Inject
    CareRecords intakes;

    private Long id;
    private ClientRecord record;
    private boolean booked;
    private List<Map.Entry<Technique, Result.TechniqueVerdict>> techniques = List.of();
    private List<String> answers = List.of();
    private List<Map.Entry<String, String>> details = List.of();

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
        techniques = screening == null
                ? List.of()
                : List.copyOf(screening.techniques().entrySet());
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
                inner.forEach((field, f) -> lines.add(Map.entry(section + " " + field, text(f))));
            } else {
                lines.add(Map.entry(section, text(value)));
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
}
