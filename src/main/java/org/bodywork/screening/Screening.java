package org.bodywork.screening;

import static java.time.temporal.ChronoUnit.DAYS;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.bodywork.shared.Dates;
import org.bodywork.shared.Words;

/**
 * The screening engine: applies a {@link RuleSet} to a client's {@link Answers}. Plain Java, no
 * container; the same answers, clearances and rules always give the same result.
 *
 * <pre>
 * Result result = new Screening(RuleSet.reference()).screen(answers, Set.of("DVT"));
 * </pre>
 */
public final class Screening {

    private final RuleSet rules;

    public Screening(RuleSet rules) {
        this.rules = rules;
    }

    public Result screen(Answers answers) {
        return screen(answers, Set.of());
    }

    /**
     * @param cleared the {@link Flag#key() keys} of flags a therapist has recorded a valid GP
     *     clearance for
     */
    public Result screen(Answers answers, Collection<String> cleared) {
        answers.validate();
        LocalDate day = answers.assessedOn();
        List<Finding> findings = findings(answers, day, cleared);
        Outcome overall = findings.stream()
                .map(f -> f.flag().effectiveOutcome())
                .max(Comparator.naturalOrder())
                .orElse(Outcome.CLEAR);
        // A flag's area is to be avoided even while the result blocks: the therapist still needs to know.
        Set<Area> avoid = new TreeSet<>();
        for (Finding f : findings) {
            if (f.rule().avoidArea() && f.flag().area() != null) {
                avoid.add(f.flag().area());
            }
        }
        Map<Technique, Result.TechniqueVerdict> techniques = techniques(findings, overall, avoid);
        List<Technique> alternatives = avoid.stream().anyMatch(Area::isBack)
                        && techniques.get(Technique.REFLEXOLOGY).verdict() == Verdict.ALLOWED
                ? List.of(Technique.REFLEXOLOGY)
                : List.of();
        return new Result(
                overall,
                findings.stream().map(Finding::flag).toList(),
                techniques,
                Set.copyOf(avoid),
                alternatives,
                advice(findings, alternatives),
                rules.version(),
                day);
    }

    /** What the answers raise, cleared where a letter is recorded, the most severe first. */
    private List<Finding> findings(Answers answers, LocalDate day, Collection<String> cleared) {
        List<Finding> findings = new ArrayList<>();
        if (answers.backPain() != null) {
            backPain(answers.backPain(), day, findings);
        }
        for (Answers.Condition c : answers.conditionsOrNone()) {
            condition(c, day, findings);
        }
        findings.replaceAll(f -> f.flag().outcome() == Outcome.GP_CLEARANCE
                        && cleared.contains(f.flag().key())
                ? new Finding(f.rule(), f.flag().clear())
                : f);
        findings.sort(
                Comparator.comparing((Finding f) -> f.flag().effectiveOutcome()).reversed());
        return findings;
    }

    /** Each technique's verdict with its adaptations: none while the result blocks. */
    private static Map<Technique, Result.TechniqueVerdict> techniques(
            List<Finding> findings, Outcome overall, Set<Area> avoid) {
        Map<Technique, Verdict> verdicts = new EnumMap<>(Technique.class);
        Map<Technique, Set<String>> adaptations = new EnumMap<>(Technique.class);
        for (Technique t : Technique.values()) {
            verdicts.put(t, overall.blocks() ? Verdict.NOT_ALLOWED : Verdict.ALLOWED);
            adaptations.put(t, new LinkedHashSet<>());
        }
        if (!overall.blocks()) {
            for (Finding f : findings) {
                f.rule().techniques().forEach((t, effect) -> {
                    verdicts.merge(t, effect.verdict(), Screening::worse);
                    adaptations.get(t).addAll(effect.adaptations());
                });
            }
            for (Area area : avoid) {
                for (Technique t : Technique.values()) {
                    if (!t.feetOnly()) {
                        verdicts.merge(t, Verdict.MODIFIED, Screening::worse);
                        adaptations.get(t).add("AVOID_AREA:" + area);
                    } else if (area == Area.FEET) {
                        verdicts.put(t, Verdict.NOT_ALLOWED);
                    }
                }
            }
        }
        Map<Technique, Result.TechniqueVerdict> techniques = new EnumMap<>(Technique.class);
        for (Technique t : Technique.values()) {
            List<String> adapted = verdicts.get(t) == Verdict.MODIFIED ? List.copyOf(adaptations.get(t)) : List.of();
            techniques.put(t, new Result.TechniqueVerdict(verdicts.get(t), adapted));
        }
        return techniques;
    }

    /** What to do, once each; the reference: red-flag and POSTPONE answers' advice comes first. */
    private static List<String> advice(List<Finding> findings, List<Technique> alternatives) {
        Set<String> advice = new LinkedHashSet<>();
        findings.stream()
                .filter(Screening::comesFirst)
                .forEach(f -> advice.add(f.flag().advice()));
        findings.forEach(f -> advice.add(f.flag().advice()));
        if (!alternatives.isEmpty()) {
            advice.add(Words.text("screening.reflexology-is-an-alternative"));
        }
        return List.copyOf(advice);
    }

    /** A flag with the rule that raised it. */
    private record Finding(Rule rule, Flag flag) {}

    private void backPain(Answers.BackPain pain, LocalDate day, List<Finding> findings) {
        for (RedFlag red : new TreeSet<>(pain.redFlagsOrNone())) {
            findings.add(finding(red.name(), null, null));
        }
        if (!pain.isDiagnosed()) {
            long days = DAYS.between(pain.startedOn(), day);
            findings.add(finding(
                    days > rules.windows().backPainDays() ? "PERSISTENT_UNDIAGNOSED_BACK_PAIN" : "ACUTE_BACK_PAIN",
                    null,
                    null));
        }
    }

    private void condition(Answers.Condition c, LocalDate day, List<Finding> findings) {
        RuleSet.Windows w = rules.windows();
        switch (c.code()) {
            case SKIN_CONDITION ->
                findings.add(finding(c.contagious() ? "SKIN_CONDITION_CONTAGIOUS" : "SKIN_CONDITION", c.area(), null));
            case RECENT_SURGERY -> {
                LocalDate healed = c.since().plusDays(w.surgeryPostponeDays());
                if (day.isBefore(healed)) {
                    findings.add(finding("RECENT_SURGERY_HEALING", c.area(), healed));
                } else if (day.isBefore(c.since().plusMonths(w.surgeryClearanceMonths()))) {
                    findings.add(finding("RECENT_SURGERY_RECOVERING", c.area(), null));
                } else if (day.isBefore(c.since().plusYears(w.surgeryCautionYears()))) {
                    findings.add(finding("RECENT_SURGERY", c.area(), null));
                }
            }
            case FRACTURE -> {
                if (day.isBefore(c.since().plusDays(w.fractureDays()))) {
                    findings.add(finding(c.area().isSpine() ? "FRACTURE_SPINE" : "FRACTURE", c.area(), null));
                }
            }
            case DIABETES -> findings.add(finding(c.neuropathy() ? "DIABETES_NEUROPATHY" : "DIABETES", null, null));
            case HIGH_BLOOD_PRESSURE ->
                findings.add(finding(
                        c.controlled() ? "HIGH_BLOOD_PRESSURE" : "HIGH_BLOOD_PRESSURE_UNCONTROLLED", null, null));
            case PREGNANCY -> pregnancy(c.weeks(), day, findings);
            default ->
                findings.add(
                        finding(c.code().name(), c.code().needs(ConditionCode.Detail.AREA) ? c.area() : null, null));
        }
    }

    private void pregnancy(int weeks, LocalDate day, List<Finding> findings) {
        int safeFrom = rules.windows().pregnancyWeeks();
        if (weeks >= safeFrom) {
            findings.add(finding("PREGNANCY", null, null));
            return;
        }
        switch (rules.firstTrimester()) {
            case POSTPONE ->
                findings.add(finding("PREGNANCY_FIRST_TRIMESTER", null, day.plusDays((long) (safeFrom - weeks) * 7)));
            case GP_CLEARANCE -> findings.add(finding("PREGNANCY_FIRST_TRIMESTER_GP", null, null));
            case CAUTION -> findings.add(finding("PREGNANCY", null, null));
        }
    }

    private Finding finding(String ruleKey, Area area, LocalDate until) {
        Rule rule = rules.rule(ruleKey);
        Flag flag = new Flag(
                rule.flag(),
                rule.outcome(),
                until,
                area,
                fill(rule.reason(), area, until),
                fill(rule.advice(), area, until),
                false);
        return new Finding(rule, flag);
    }

    private static String fill(String text, Area area, LocalDate until) {
        String where =
                area == null ? "body" : area.name().toLowerCase(Locale.ROOT).replace('_', ' ');
        return text.replace("{area}", where).replace("{until}", until == null ? "" : Dates.day(until));
    }

    private static boolean comesFirst(Finding f) {
        return f.flag().outcome() == Outcome.POSTPONE
                || Arrays.stream(RedFlag.values())
                        .anyMatch(red -> red.name().equals(f.flag().code()));
    }

    private static Verdict worse(Verdict a, Verdict b) {
        return a.compareTo(b) >= 0 ? a : b;
    }
}
