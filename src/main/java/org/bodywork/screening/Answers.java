package org.bodywork.screening;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.bodywork.shared.Words;

/**
 * What a client told us that screening looks at: date of birth, back pain and conditions, and the
 * day the result is for. The records are what the API reads and the intake form stores.
 */
public record Answers(LocalDate assessedOn, LocalDate dateOfBirth, BackPain backPain, List<Condition> conditions) {

    /** Back pain: where, since when, whether a doctor diagnosed it, and its warning signs. */
    public record BackPain(Set<Area> areas, LocalDate startedOn, Boolean diagnosed, Set<RedFlag> redFlags) {

        public Set<RedFlag> redFlagsOrNone() {
            return redFlags == null ? Set.of() : redFlags;
        }

        public boolean isDiagnosed() {
            return Boolean.TRUE.equals(diagnosed);
        }
    }

    /** One condition with the details its code needs (see {@link ConditionCode#details()}). */
    public record Condition(
            ConditionCode code,
            Area area,
            LocalDate since,
            Boolean contagious,
            Boolean controlled,
            Boolean neuropathy,
            Integer weeks) {

        public static Condition of(ConditionCode code) {
            return new Condition(code, null, null, null, null, null, null);
        }
    }

    public List<Condition> conditionsOrNone() {
        return conditions == null ? List.of() : conditions;
    }

    public Answers on(LocalDate day) {
        return new Answers(day, dateOfBirth, backPain, conditions);
    }

    /**
     * The same answers screened again on a later day: a pregnancy has moved on by the whole weeks
     * since, so a first-trimester postponement still ends on the day it said.
     */
    public Answers asOf(LocalDate day) {
        long weeksSince =
                assessedOn == null ? 0 : Math.max(0, java.time.temporal.ChronoUnit.DAYS.between(assessedOn, day) / 7);
        List<Condition> moved = conditionsOrNone().stream()
                .map(c -> c.code() == ConditionCode.PREGNANCY && c.weeks() != null
                        ? new Condition(
                                c.code(), c.area(), c.since(), c.contagious(), c.controlled(), c.neuropathy(), (int)
                                        Math.min(42, c.weeks() + weeksSince))
                        : c)
                .toList();
        return new Answers(day, dateOfBirth, backPain, moved);
    }

    /** Throws {@link InvalidAnswers} naming the first field that cannot be screened. */
    public void validate() {
        if (assessedOn == null) {
            throw new InvalidAnswers("assessedOn", Words.text("screening.give-the-day-the-screening"));
        }
        if (dateOfBirth == null) {
            throw new InvalidAnswers("dateOfBirth", Words.text("intake.enter-your-date-of-birth"));
        }
        notAfter("dateOfBirth", dateOfBirth, Words.text("intake.your-date-of-birth-cannot"));
        if (backPain != null) {
            if (backPain.startedOn() == null && !backPain.isDiagnosed()) {
                throw new InvalidAnswers("backPain.startedOn", Words.text("intake.tell-us-when-your-back"));
            }
            if (backPain.startedOn() != null) {
                notAfter("backPain.startedOn", backPain.startedOn(), Words.text("intake.your-back-pain-cannot-start"));
            }
        }
        List<Condition> list = conditionsOrNone();
        for (int i = 0; i < list.size(); i++) {
            validate("conditions[" + i + "]", list.get(i));
        }
    }

    private void validate(String at, Condition c) {
        if (c == null || c.code() == null) {
            throw new InvalidAnswers(at + ".code", Words.text("screening.choose-which-condition-this-is"));
        }
        String name = c.code().name().toLowerCase().replace('_', ' ');
        if (c.code().needs(ConditionCode.Detail.AREA) && c.area() == null) {
            throw new InvalidAnswers(at + ".area", Words.text("screening.tell-us-where-on-your-body", name));
        }
        if (c.code().needs(ConditionCode.Detail.SINCE) && c.since() == null) {
            throw new InvalidAnswers(at + ".since", Words.text("screening.tell-us-the-date-of-the", name));
        }
        // Any event date after assessedOn is an input error, whether or not the code asks for one.
        if (c.since() != null) {
            notAfter(at + ".since", c.since(), "The date of the " + name + " cannot be in the future.");
        }
        if (c.code().needs(ConditionCode.Detail.CONTAGIOUS) && c.contagious() == null) {
            throw new InvalidAnswers(at + ".contagious", Words.text("screening.tell-us-whether-the-skin"));
        }
        if (c.code().needs(ConditionCode.Detail.CONTROLLED) && c.controlled() == null) {
            throw new InvalidAnswers(at + ".controlled", Words.text("screening.tell-us-whether-your-blood"));
        }
        if (c.code().needs(ConditionCode.Detail.NEUROPATHY) && c.neuropathy() == null) {
            throw new InvalidAnswers(at + ".neuropathy", Words.text("screening.tell-us-whether-you-have"));
        }
        if (c.code().needs(ConditionCode.Detail.WEEKS)) {
            if (c.weeks() == null || c.weeks() < 1 || c.weeks() > 42) {
                throw new InvalidAnswers(at + ".weeks", Words.text("intake.enter-how-many-weeks-pregnant"));
            }
        }
    }

    private void notAfter(String field, LocalDate date, String message) {
        if (date.isAfter(assessedOn)) {
            throw new InvalidAnswers(field, message);
        }
    }
}
