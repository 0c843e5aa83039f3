package org.bodywork.shared;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;

/**
 * Days and instants as the API receives them, with a message that names the field; and as people
 * read them on pages, in mails and in PDFs: one way everywhere, "Tuesday 16 March 2027, 09:00".
 */
public final class Dates {

    /** A day in words: "Tuesday 16 March 2027". */
    public static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);

    /** A day and a wall-clock time: "Tuesday 16 March 2027, 09:00". */
    public static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy, HH:mm", Locale.UK);

    /** A wall-clock time: "09:00". */
    public static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.UK);

    private Dates() {}

    /** "Tuesday 16 March 2027" for a date, or a date-time in its zone. */
    public static String day(TemporalAccessor day) {
        return DAY.format(day);
    }

    /** "Tuesday 16 March 2027, 09:00" for a date-time in its zone. */
    public static String at(TemporalAccessor at) {
        return AT.format(at);
    }

    public static LocalDate day(String text, String field) {
        if (text == null || text.isBlank()) {
            throw BusinessException.invalid(field, Words.text("shared.give-as-a-date-like", String.valueOf(field)));
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw BusinessException.invalid(field, Words.text("shared.give-as-a-date-like", String.valueOf(field)));
        }
    }

    public static Instant instant(String text, String field) {
        if (text == null || text.isBlank()) {
            throw BusinessException.invalid(field, Words.text("shared.give-as-a-time-in", String.valueOf(field)));
        }
        try {
            return Instant.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw BusinessException.invalid(field, Words.text("shared.give-as-a-time-in", String.valueOf(field)));
        }
    }
}
