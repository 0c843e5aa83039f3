package org.bodywork.intake;

import java.time.LocalDate;
import org.bodywork.screening.InvalidAnswers;
import org.bodywork.shared.Evidence;

/** What a therapist records when a client brings a clinician's letter clearing a flag. */
public record NewClearance(
        String flagKey, String clinician, LocalDate letterDate, LocalDate expiresOn, Evidence evidence) {

    /** Throws a refusal naming the first field that is wrong; {@code today} bounds the dates. */
    public void validate(LocalDate today) {
        if (flagKey == null || flagKey.isBlank()) {
            throw new InvalidAnswers("flag", "Choose which finding the letter clears.");
        }
        if (clinician == null || clinician.isBlank() || clinician.trim().length() > 100) {
            throw new InvalidAnswers("clinician", "Enter the name of the GP or clinician who wrote the letter.");
        }
        if (letterDate == null || letterDate.isAfter(today)) {
            throw new InvalidAnswers("letterDate", "Enter the date of the letter; it cannot be in the future.");
        }
        if (expiresOn != null && !expiresOn.isAfter(today)) {
            throw new InvalidAnswers("expiresOn", "The clearance must run until a day after today.");
        }
        if (evidence == null) {
            throw new InvalidAnswers("evidence", "Attach the letter: a PDF, or a photo (JPEG or PNG).");
        }
    }
}
