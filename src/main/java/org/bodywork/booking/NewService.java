package org.bodywork.booking;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;
import org.bodywork.screening.Technique;
import org.bodywork.shared.Checks;
import org.bodywork.shared.InvalidFields.Problem;
import org.bodywork.shared.Words;

/** A service as an admin sends it; {@link #validate} names every wrong field at once. */
public record NewService(
        @NotBlank(message = "{booking.give-the-service-a-name}")
        @Size(max = 100, message = "{booking.give-the-service-a-name}")
        String name,

        @NotNull(message = "{booking.choose-the-technique-this-service}")
        Technique technique,

        @Min(value = 15, message = "{booking.a-service-lasts-to-minutes}")
        @Max(value = 240, message = "{booking.a-service-lasts-to-minutes}")
        int minutes,

        @Min(value = 0, message = "{booking.the-price-must-be-between}")
        @Max(value = 100_000, message = "{booking.the-price-must-be-between}")
        int pricePence,

        @Min(value = 0, message = "{booking.the-turnover-after-a-service}")
        @Max(value = 60, message = "{booking.the-turnover-after-a-service}")
        int bufferMinutes,

        boolean active) {

    public NewService {
        name = name == null ? "" : name.strip();
    }

    public void validate() {
        List<Problem> problems = new ArrayList<>(Checks.problems(this));
        if (minutes % 5 != 0) {
            problems.add(new Problem("minutes", Words.text("booking.a-service-lasts-to-minutes")));
        }
        Checks.throwIfAny(this, problems);
    }
}
