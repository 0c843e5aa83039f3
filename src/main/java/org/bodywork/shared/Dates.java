package org.bodywork.shared;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** Days and instants as the API receives them, with a message that names the field. */
public final class Dates {

    private Dates() {}

    public static LocalDate day(String text, String field) {
        if (text == null || text.isBlank()) {
            throw BusinessException.invalid(field, "Give " + field + " as a date, like 2027-03-16.");
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw BusinessException.invalid(field, "Give " + field + " as a date, like 2027-03-16.");
        }
    }

    public static Instant instant(String text, String field) {
        if (text == null || text.isBlank()) {
            throw BusinessException.invalid(field, "Give " + field + " as a time in UTC, like 2027-03-16T09:00:00Z.");
        }
        try {
            return Instant.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw BusinessException.invalid(field, "Give " + field + " as a time in UTC, like 2027-03-16T09:00:00Z.");
        }
    }
}
