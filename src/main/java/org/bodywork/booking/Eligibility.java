package org.bodywork.booking;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Collectors;
import org.bodywork.screening.Flag;
import org.bodywork.screening.Result;
import org.bodywork.screening.Technique;
import org.bodywork.screening.Verdict;
import org.bodywork.shared.Dates;
import org.bodywork.shared.Words;

/**
 * Whether a client may be booked for a technique with a therapist on a day, and if not, why in plain
 * words and what to do next. The screening must have been made for the appointment's day (answers
 * moved on to it, with the clearances valid then), so that a dated postponement that has ended by
 * then no longer counts.
 *
 * <pre>
 * Optional&lt;Refusal&gt; no = Eligibility.check(intake, Technique.SHIATSU, day, bookable, "Tess");
 * </pre>
 */
public final class Eligibility {

    private Eligibility() {}

    /**
     * The client's intake screened for the appointment's day; {@code current}: still within its
     * validity today, when the booking is made.
     */
    public record Intake(LocalDate assessedOn, boolean current, Result screening) {}

    /** Why not: a code for programs and a message for the client. */
    public record Refusal(String code, String message) {}

    public static Optional<Refusal> check(
            Optional<Intake> intake, Technique technique, LocalDate day, boolean bookable, String therapist) {
        if (!bookable) {
            return refuse(
                    "therapist_not_bookable",
                    Words.text("booking.not-verified-that-day", therapist, technique.label(), Dates.day(day)));
        }
        if (intake.isEmpty()) {
            return refuse("no_intake", Words.text("booking.please-fill-in-your-health"));
        }
        Intake in = intake.get();
        if (!in.current()) {
            return refuse("intake_out_of_date", Words.text("booking.form-too-old", Dates.day(in.assessedOn())));
        }
        Optional<Flag> blocking = in.screening().flags().stream()
                .filter(f -> blocks(f, day))
                .max(Comparator.comparing(Flag::effectiveOutcome));
        if (blocking.isPresent()) {
            return refuse("screening_blocked", blocked(blocking.get(), day));
        }
        Result.TechniqueVerdict verdict = in.screening().techniques().get(technique);
        if (verdict != null && verdict.verdict() == Verdict.NOT_ALLOWED) {
            String others = Arrays.stream(Technique.values())
                    .filter(t -> in.screening().techniques().get(t).verdict() != Verdict.NOT_ALLOWED)
                    .map(Technique::label)
                    .collect(Collectors.joining(", "));
            return refuse(
                    "technique_not_allowed",
                    Words.text("booking.technique-not-safe", technique.label())
                            + (others.isEmpty() ? "" : " " + Words.text("booking.book-instead", others)));
        }
        return Optional.empty();
    }

    /** A flag stops the booking unless it was cleared, or is a postponement that has ended by the day. */
    static boolean blocks(Flag f, LocalDate day) {
        return switch (f.effectiveOutcome()) {
            case URGENT_MEDICAL, GP_CLEARANCE -> true;
            case POSTPONE -> f.until() == null || f.until().isAfter(day);
            default -> false;
        };
    }

    private static String blocked(Flag f, LocalDate day) {
        String why = text(f.reason());
        return switch (f.effectiveOutcome()) {
            case URGENT_MEDICAL -> Words.text("booking.we-cannot-book-massage-for") + why + text(f.advice());
            case GP_CLEARANCE ->
                Words.text("booking.massage-needs-your-gp-s") + why + " " + Words.text("booking.ask-your-gp");
            default ->
                f.until() == null
                        ? Words.text("booking.massage-should-wait-for-now") + why + text(f.advice())
                        : Words.text("booking.wait-until", Dates.day(f.until())) + why + " "
                                + Words.text("booking.choose-a-day-from-then");
        };
    }

    private static String text(String sentence) {
        return sentence == null || sentence.isBlank() ? "" : " " + sentence.strip();
    }

    private static Optional<Refusal> refuse(String code, String message) {
        return Optional.of(new Refusal(code, message));
    }
}
