package org.bodywork.booking;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.bodywork.shared.BusinessException;
import org.bodywork.shared.Words;

/** A working range or a break on a weekday, as a therapist sets their week. */
public record WeekRange(DayOfWeek day, Slots.Hours hours, boolean isBreak) {

    /** Reads "09:00"-"17:00" as a therapist types it, with a message a person understands. */
    public static WeekRange of(DayOfWeek day, String start, String end, boolean isBreak) {
        if (day == null) {
            throw BusinessException.invalid("day", Words.text("booking.choose-the-day-of-the"));
        }
        LocalTime from = time(start, "start");
        LocalTime to = time(end, "end");
        if (!to.isAfter(from)) {
            throw BusinessException.invalid(
                    "end", Words.text("booking.a-range-must-end-after", String.valueOf(start), String.valueOf(end)));
        }
        return new WeekRange(day, new Slots.Hours(from, to), isBreak);
    }

    static LocalTime time(String text, String field) {
        try {
            return LocalTime.parse(text == null ? "" : text.strip());
        } catch (DateTimeParseException e) {
            throw BusinessException.invalid(field, Words.text("booking.write-times-as-hours-and"));
        }
    }

    /** A week's ranges as slot computation reads them: working and break hours per day. */
    static Slots.Availability availability(List<WeekRange> week, List<Slots.DatedHours> exceptions) {
        Map<DayOfWeek, List<Slots.Hours>> working = new EnumMap<>(DayOfWeek.class);
        Map<DayOfWeek, List<Slots.Hours>> breaks = new EnumMap<>(DayOfWeek.class);
        for (WeekRange r : week) {
            (r.isBreak() ? breaks : working)
                    .computeIfAbsent(r.day(), d -> new ArrayList<>())
                    .add(r.hours());
        }
        return new Slots.Availability(working, breaks, exceptions);
    }
}
