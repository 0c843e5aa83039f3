package org.bodywork.booking;

import org.bodywork.screening.Technique;
import org.bodywork.shared.BusinessException;
import org.bodywork.shared.Words;

/** A service as an admin sends it, checked before anything is stored. */
public record NewService(
        String name, Technique technique, int minutes, int pricePence, int bufferMinutes, boolean active) {

    public NewService {
        name = name == null ? "" : name.strip();
        if (name.isEmpty() || name.length() > 100) {
            throw BusinessException.invalid("name", Words.text("booking.give-the-service-a-name"));
        }
        if (technique == null) {
            throw BusinessException.invalid("technique", Words.text("booking.choose-the-technique-this-service"));
        }
        if (minutes < 15 || minutes > 240 || minutes % 5 != 0) {
            throw BusinessException.invalid("minutes", Words.text("booking.a-service-lasts-to-minutes"));
        }
        if (pricePence < 0 || pricePence > 100_000) {
            throw BusinessException.invalid("price", Words.text("booking.the-price-must-be-between"));
        }
        if (bufferMinutes < 0 || bufferMinutes > 60) {
            throw BusinessException.invalid("buffer", Words.text("booking.the-turnover-after-a-service"));
        }
    }
}
