package org.bodywork.qualification;

import java.time.LocalDate;
import org.bodywork.shared.BusinessException;
import org.bodywork.shared.Words;

/** An insurance policy as a therapist submits it. */
public record NewInsurance(
        String insurer, String policyNumber, Long coverPounds, LocalDate validFrom, LocalDate validTo) {

    public void validate() {
        NewQualification.text("insurer", insurer, Words.text("qualification.enter-the-insurer-s-name"), 200);
        NewQualification.text("policyNumber", policyNumber, Words.text("qualification.enter-the-policy-number"), 80);
        if (coverPounds == null || coverPounds < 1 || coverPounds > 100_000_000L) {
            throw BusinessException.invalid("coverPounds", Words.text("qualification.enter-the-amount-of-cover"));
        }
        if (validFrom == null) {
            throw BusinessException.invalid("validFrom", Words.text("qualification.enter-the-date-the-cover"));
        }
        if (validTo == null || !validTo.isAfter(validFrom)) {
            throw BusinessException.invalid("validTo", Words.text("qualification.enter-the-date-the-cover-2"));
        }
    }
}
