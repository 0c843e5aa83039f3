package org.bodywork.qualification;

import java.time.LocalDate;
import org.bodywork.shared.BusinessException;

/** An insurance policy as a therapist submits it. */
public record NewInsurance(
        String insurer, String policyNumber, Long coverPounds, LocalDate validFrom, LocalDate validTo) {

    public void validate() {
        NewQualification.text("insurer", insurer, "Enter the insurer's name.", 200);
        NewQualification.text("policyNumber", policyNumber, "Enter the policy number.", 80);
        if (coverPounds == null || coverPounds < 1 || coverPounds > 100_000_000L) {
            throw BusinessException.invalid("coverPounds", "Enter the amount of cover in pounds, for example 5000000.");
        }
        if (validFrom == null) {
            throw BusinessException.invalid("validFrom", "Enter the date the cover starts.");
        }
        if (validTo == null || !validTo.isAfter(validFrom)) {
            throw BusinessException.invalid("validTo", "Enter the date the cover ends; it must come after the start.");
        }
    }
}
