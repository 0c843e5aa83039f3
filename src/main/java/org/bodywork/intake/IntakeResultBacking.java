package org.bodywork.intake;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.bodywork.shared.Dates;

/** {@code /intake/result}: what the client's current screening means, in plain words, most urgent first. */
@Named
@RequestScoped
public class IntakeResultBacking {

    /** A flag as the page shows it. */
    public record Reason(String text, String until) {}

    @Inject
    ClientIntake intakes;

    private Optional<Submission> submission;
    private JsonObject screening;

    @PostConstruct
    void load() {
        submission = intakes.mine();
        screening = submission
                .map(s -> org.bodywork.screening.AnswersJson.write(s.screening()))
                .orElse(null);
    }

    public boolean isSent() {
        return screening != null;
    }

    /** CLEAR, CAUTION, POSTPONE, GP_CLEARANCE or URGENT_MEDICAL: picks the headline from the bundle. */
    public String getOutcome() {
        return screening.getString("outcome");
    }

    public List<String> getAdvice() {
        return screening.getJsonArray("advice").getValuesAs(JsonString.class).stream()
                .map(JsonString::getString)
                .toList();
    }

    public List<Reason> getReasons() {
        return screening.getJsonArray("flags").stream()
                .map(JsonValue::asJsonObject)
                .map(f -> new Reason(
                        f.getString("reason"),
                        f.containsKey("until") ? Dates.day(LocalDate.parse(f.getString("until"))) : null))
                .toList();
    }

    public boolean isReflexologyAlternative() {
        return !screening.getJsonArray("alternatives").isEmpty();
    }

    public int getVersion() {
        return submission.orElseThrow().version().getNumber();
    }

    public String getCurrentUntil() {
        return Dates.day(submission.orElseThrow().currentUntil());
    }

    public boolean isCurrent() {
        return submission.orElseThrow().current();
    }
}
