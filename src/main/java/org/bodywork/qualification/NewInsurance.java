package org.bodywork.qualification;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.bodywork.shared.Checks;
import org.bodywork.shared.InvalidFields.Problem;
import org.bodywork.shared.Words;

/** An insurance policy as a therapist submits it; {@link #validate} names every wrong field at once. */
public record NewInsurance(
        @NotBlank(message = "{qualification.enter-the-insurer-s-name}")
        @Size(max = 200, message = "{qualification.can-be-at-most-characters}")
        String insurer,

        @NotBlank(message = "{qualification.enter-the-policy-number}")
        @Size(max = 80, message = "{qualification.can-be-at-most-characters}")
        String policyNumber,

        @NotNull(message = "{qualification.enter-the-amount-of-cover}")
        @Min(value = 1, message = "{qualification.enter-the-amount-of-cover}")
        @Max(value = 100_000_000L, message = "{qualification.enter-the-amount-of-cover}")
        Long coverPounds,

        @NotNull(message = "{qualification.enter-the-date-the-cover}")
        LocalDate validFrom,

        LocalDate validTo) {

    public void validate() {
        List<Problem> problems = new ArrayList<>(Checks.problems(this));
        if (validTo == null || (validFrom != null && !validTo.isAfter(validFrom))) {
            problems.add(new Problem("validTo", Words.text("qualification.enter-the-date-the-cover-2")));
        }
        Checks.throwIfAny(this, problems);
    }
}
