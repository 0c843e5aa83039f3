package org.bodywork.intake;

import java.time.LocalDate;
import org.bodywork.screening.InvalidAnswers;
import org.bodywork.shared.Evidence;
import org.bodywork.shared.Words;

/** What a therapist records when a client brings a clinician's letter clearing a flag. */
public record NewClearance(
        String flagKey, String clinician, LocalDate letterDate, LocalDate expiresOn, Evidence evidence) {

    /** Throws a refusal naming the first field that is wrong; {@code today} bounds the dates. */
    public void validate(LocalDate today) {
        if (flagKey == null || flagKey.isBlank()) {
            throw new InvalidAnswers("flag", Words.text("intake.choose-which-finding-the-letter"));
        }
        if (clinician == null || clinician.isBlank() || clinician.trim().length() > 100) {
            throw new InvalidAnswers("clinician", Words.text("intake.enter-the-name-of-the"));
        }
        if (letterDate == null || letterDate.isAfter(today)) {
            throw new InvalidAnswers("letterDate", Words.text("intake.enter-the-date-of-the"));
        }
        if (expiresOn != null && !expiresOn.isAfter(today)) {
            throw new InvalidAnswers("expiresOn", Words.text("intake.the-clearance-must-run-until"));
        }
        if (evidence == null) {
            throw new InvalidAnswers("evidence", Words.text("intake.attach-the-letter-a-pdf"));
        }
    }
}
