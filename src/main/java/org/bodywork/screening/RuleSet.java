package org.bodywork.screening;

import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bodywork.shared.JsonP;
import org.bodywork.shared.Words;

/**
 * The screening rules as data: the rows of the reference rule set (shared/domain/screening-rules.md)
 * and the values a practice may tune, under one version. Screening results record the version.
 *
 * <pre>
 * RuleSet rules = RuleSet.reference().tuned("practice-2", RuleSet.Windows.REFERENCE, FirstTrimester.CAUTION);
 * </pre>
 */
public record RuleSet(String version, Windows windows, FirstTrimester firstTrimester, Map<String, Rule> rules) {

    public static final String REFERENCE_VERSION = "reference-1";

    /** What happens before week 13 of a pregnancy; the reference postpones, practices differ. */
    public enum FirstTrimester {
        POSTPONE,
        GP_CLEARANCE,
        CAUTION
    }

    /** The time windows, in days, months and years, that a practice may tune. */
    public record Windows(
            int surgeryPostponeDays,
            int surgeryClearanceMonths,
            int surgeryCautionYears,
            int fractureDays,
            int backPainDays,
            int pregnancyWeeks,
            int clearanceMonths,
            int intakeMonths) {

        public static final Windows REFERENCE = new Windows(42, 6, 2, 84, 42, 13, 12, 12);

        /** Throws {@link InvalidAnswers} when a window is out of any sensible range. */
        public void validate() {
            check("surgeryPostponeDays", surgeryPostponeDays, 1, 365);
            check("surgeryClearanceMonths", surgeryClearanceMonths, 1, 36);
            check("surgeryCautionYears", surgeryCautionYears, 1, 10);
            check("fractureDays", fractureDays, 1, 730);
            check("backPainDays", backPainDays, 1, 365);
            check("pregnancyWeeks", pregnancyWeeks, 1, 42);
            check("clearanceMonths", clearanceMonths, 1, 36);
            check("intakeMonths", intakeMonths, 1, 36);
            // Months can be as short as 28 days: the clearance phase must exist whatever the month.
            if (surgeryClearanceMonths * 28 <= surgeryPostponeDays) {
                throw new InvalidAnswers(
                        "surgeryClearanceMonths", Words.text("screening.the-clearance-phase-after-surgery"));
            }
            if (surgeryCautionYears * 12 < surgeryClearanceMonths) {
                throw new InvalidAnswers(
                        "surgeryCautionYears", Words.text("screening.the-caution-phase-after-surgery"));
            }
        }

        private static void check(String field, int value, int min, int max) {
            if (value < min || value > max) {
                throw new InvalidAnswers(
                        field, Words.text("screening.enter-a-number-from", String.valueOf(min), String.valueOf(max)));
            }
        }
    }

    public RuleSet {
        rules = Map.copyOf(rules);
    }

    /** The same rows with other tunable values, under a new version. */
    public RuleSet tuned(String version, Windows windows, FirstTrimester firstTrimester) {
        windows.validate();
        return new RuleSet(version, windows, firstTrimester, rules);
    }

    public Rule rule(String key) {
        return Optional.ofNullable(rules.get(key))
                .orElseThrow(() -> new IllegalStateException("The rule set has no rule " + key));
    }

    /** The reference rule set, as the screening reference document gives it. */
    public static RuleSet reference() {
        return REFERENCE;
    }

    private static final RuleSet REFERENCE = fromFile();

    /** The reference rule set, read from {@code reference-rules.json} with its words from words.properties. */
    static RuleSet fromFile() {
        Map<String, Rule> rows = new LinkedHashMap<>();
        for (RedFlag red : RedFlag.values()) {
            rows.put(
                    red.name(),
                    new Rule(
                            red.name(),
                            red.name(),
                            red.outcome(),
                            Map.of(),
                            false,
                            Words.text("rule.redflag.reason", red.plain()),
                            Words.text(
                                    red.outcome() == Outcome.URGENT_MEDICAL
                                            ? "rule.redflag.urgent"
                                            : "rule.redflag.soon")));
        }
        try (InputStream in = RuleSet.class.getResourceAsStream("reference-rules.json");
                JsonReader reader = JsonP.createReader(in)) {
            for (JsonObject row : reader.readArray().getValuesAs(JsonObject.class)) {
                Rule rule = rule(row);
                rows.put(rule.key(), rule);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new RuleSet(REFERENCE_VERSION, Windows.REFERENCE, FirstTrimester.POSTPONE, rows);
    }

    /** One row of the file, with its words. */
    private static Rule rule(JsonObject row) {
        String key = row.getString("key");
        Map<Technique, Rule.Effect> techniques = new EnumMap<>(Technique.class);
        row.getJsonObject("techniques")
                .forEach((technique, effect) ->
                        techniques.put(Technique.valueOf(technique), effect(((JsonString) effect).getString())));
        return new Rule(
                key,
                row.getString("flag"),
                Outcome.valueOf(row.getString("outcome")),
                techniques,
                row.getBoolean("avoidArea"),
                Words.text("rule." + key + ".reason"),
                Words.text("rule." + key + ".advice"));
    }

    private static Rule.Effect effect(String name) {
        return switch (name) {
            case "NOT_ALLOWED" -> Rule.Effect.NOT_ALLOWED;
            case "LIGHT" -> Rule.Effect.LIGHT;
            default -> throw new IllegalStateException("reference-rules.json: no effect " + name);
        };
    }

    /** The rows, in the order of the reference document. */
    public List<Rule> rows() {
        return rules.values().stream()
                .sorted(java.util.Comparator.comparing(Rule::key))
                .toList();
    }
}
