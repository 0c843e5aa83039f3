package org.bodywork.booking;

import org.bodywork.screening.Technique;
import org.bodywork.shared.BusinessException;

/** A service as an admin sends it, checked before anything is stored. */
public record NewService(
        String name, Technique technique, int minutes, int pricePence, int bufferMinutes, boolean active) {

    public NewService {
        name = name == null ? "" : name.strip();
        if (name.isEmpty() || name.length() > 100) {
            throw BusinessException.invalid("name", "Give the service a name of at most 100 characters.");
        }
        if (technique == null) {
            throw BusinessException.invalid("technique", "Choose the technique this service is.");
        }
        if (minutes < 15 || minutes > 240 || minutes % 5 != 0) {
            throw BusinessException.invalid("minutes", "A service lasts 15 to 240 minutes, in steps of 5.");
        }
        if (pricePence < 0 || pricePence > 100_000) {
            throw BusinessException.invalid("price", "The price must be between £0 and £1,000.");
        }
        if (bufferMinutes < 0 || bufferMinutes > 60) {
            throw BusinessException.invalid("buffer", "The turnover after a service is 0 to 60 minutes.");
        }
    }
}
