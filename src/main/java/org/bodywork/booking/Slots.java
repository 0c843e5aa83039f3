package org.bodywork.booking;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.bodywork.shared.BusinessException;
import org.bodywork.shared.Words;

/**
 * Free appointment slots for one therapist and one service: working time (weekly hours plus extra
 * hours), minus breaks and time off, minus existing appointments with their buffers, within the
 * minimum notice and the booking horizon. Local times are the practice's, so a 09:00 start is 09:00
 * on the wall clock on both sides of a clock change; everything else is computed in instants.
 *
 * <pre>
 * List&lt;Slots.Slot&gt; free = Slots.between(from, to, availability, busy, service, now, rules);
 * </pre>
 */
public final class Slots {

    /** The longest range one request may ask about. */
    public static final int MAX_DAYS = 62;

    private Slots() {}

    /** A start and end on the wall clock, end after start. */
    public record Hours(LocalTime start, LocalTime end) {

        public Hours {
            if (!end.isAfter(start)) {
                throw new IllegalArgumentException("Hours must end after they start: " + start + "-" + end);
            }
        }
    }

    /** A dated change to the week: time off ({@code working} false) or extra hours; null hours means all day. */
    public record DatedHours(LocalDate date, Hours hours, boolean working) {}

    /** A therapist's week: working hours and breaks per day, and dated exceptions. */
    public record Availability(
            Map<DayOfWeek, List<Hours>> working, Map<DayOfWeek, List<Hours>> breaks, List<DatedHours> exceptions) {}

    /** Time already taken, buffer included: [start, end). */
    public record Busy(Instant start, Instant end) {}

    /** What is booked: how long, and how long the room needs after it. */
    public record Length(Duration length, Duration bufferAfter) {}

    /** The practice's rules. */
    public record Rules(ZoneId zone, Duration minimumNotice, Duration horizon, Duration step) {}

    /** A bookable slot. */
    public record Slot(Instant start, Instant end) {}

    public static List<Slot> between(
            LocalDate from,
            LocalDate to,
            Availability availability,
            List<Busy> busy,
            Length service,
            Instant now,
            Rules rules) {
        requireRange(from, to);
        List<Busy> taken = new ArrayList<>(busy);
        taken.sort(Comparator.comparing(Busy::start));
        Instant earliest = now.plus(rules.minimumNotice());
        Instant latest = now.plus(rules.horizon());
        List<Slot> slots = new ArrayList<>();
        int next = 0; // first appointment that may still overlap; candidates only move forward in time
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            for (Hours hours : workingTime(day, availability)) {
                Instant start = at(day, hours.start(), rules.zone());
                Instant close = at(day, hours.end(), rules.zone());
                for (; !start.plus(service.length()).isAfter(close); start = start.plus(rules.step())) {
                    Instant end = start.plus(service.length());
                    Instant freeUntil = end.plus(service.bufferAfter());
                    if (start.isBefore(earliest) || start.isAfter(latest)) {
                        continue;
                    }
                    while (next < taken.size() && !taken.get(next).end().isAfter(start)) {
                        next++;
                    }
                    if (!overlaps(taken, next, start, freeUntil)) {
                        slots.add(new Slot(start, end));
                    }
                }
            }
        }
        return slots;
    }

    /** Refuses a range that ends before it starts or is longer than {@link #MAX_DAYS}; asked first, before anything is read. */
    static void requireRange(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            throw BusinessException.invalid("to", Words.text("booking.the-range-must-end-on"));
        }
        if (ChronoUnit.DAYS.between(from, to) >= MAX_DAYS) {
            throw BusinessException.invalid(
                    "to", Words.text("booking.ask-for-at-most-days-2", String.valueOf(MAX_DAYS)));
        }
    }

    private static boolean overlaps(List<Busy> taken, int from, Instant start, Instant end) {
        for (int i = from; i < taken.size() && taken.get(i).start().isBefore(end); i++) {
            if (taken.get(i).end().isAfter(start)) {
                return true;
            }
        }
        return false;
    }

    /** The day's working hours: weekly hours and extra hours, less breaks and time off, in order. */
    static List<Hours> workingTime(LocalDate day, Availability availability) {
        List<Hours> open = new ArrayList<>(availability.working().getOrDefault(day.getDayOfWeek(), List.of()));
        List<Hours> closed = new ArrayList<>(availability.breaks().getOrDefault(day.getDayOfWeek(), List.of()));
        for (DatedHours e : availability.exceptions()) {
            if (!e.date().equals(day)) {
                continue;
            }
            Hours hours = e.hours() == null ? new Hours(LocalTime.MIN, LocalTime.MAX) : e.hours();
            (e.working() ? open : closed).add(hours);
        }
        List<Hours> merged = merge(open);
        for (Hours gap : closed) {
            List<Hours> rest = new ArrayList<>();
            for (Hours h : merged) {
                if (!gap.start().isBefore(h.end()) || !gap.end().isAfter(h.start())) {
                    rest.add(h);
                    continue;
                }
                if (gap.start().isAfter(h.start())) {
                    rest.add(new Hours(h.start(), gap.start()));
                }
                if (gap.end().isBefore(h.end())) {
                    rest.add(new Hours(gap.end(), h.end()));
                }
            }
            merged = rest;
        }
        return merged;
    }

    private static List<Hours> merge(List<Hours> hours) {
        List<Hours> sorted = new ArrayList<>(hours);
        sorted.sort(Comparator.comparing(Hours::start));
        List<Hours> merged = new ArrayList<>();
        for (Hours h : sorted) {
            Hours last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && !h.start().isAfter(last.end())) {
                merged.set(
                        merged.size() - 1, new Hours(last.start(), h.end().isAfter(last.end()) ? h.end() : last.end()));
            } else {
                merged.add(h);
            }
        }
        return merged;
    }

    /** A wall-clock time on a day; a time in a spring-forward gap moves to just after it. */
    private static Instant at(LocalDate day, LocalTime time, ZoneId zone) {
        return ZonedDateTime.of(day, time, zone).toInstant();
    }
}
