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
import org.bodywork.shared.Refusals;

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
                    therapist + " cannot be booked for " + technique.label() + " on " + Dates.day(day)
                            + ": their qualification or insurance is not verified for that day."
                            + " Please choose another therapist or another day.");
        }
        if (intake.isEmpty()) {
            return refuse("no_intake", Refusals.text("booking.please-fill-in-your-health"));
        }
        Intake in = intake.get();
        if (!in.current()) {
            return refuse(
                    "intake_out_of_date",
                    "Your health form of " + Dates.day(in.assessedOn()) + " is more than 12 months old."
                            + " Please check it and send it again, then book.");
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
                    technique.label() + " is not safe for you at the moment, from what your health form says."
                            + (others.isEmpty() ? "" : " You can book " + others + " instead."));
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
            case URGENT_MEDICAL -> Refusals.text("booking.we-cannot-book-massage-for") + why + text(f.advice());
            case GP_CLEARANCE ->
                Refusals.text("booking.massage-needs-your-gp-s") + why
                        + " Ask your GP for a letter and give it to your therapist; once they have recorded it you can book.";
            default ->
                f.until() == null
                        ? Refusals.text("booking.massage-should-wait-for-now") + why + text(f.advice())
                        : "Massage should wait until " + Dates.day(f.until()) + "." + why
                                + " Please choose a day from then.";
        };
    }

    private static String text(String sentence) {
        return sentence == null || sentence.isBlank() ? "" : " " + sentence.strip();
    }

    private static Optional<Refusal> refuse(String code, String message) {
        return Optional.of(new Refusal(code, message));
    }
}
