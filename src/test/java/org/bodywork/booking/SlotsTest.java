package org.bodywork.booking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import org.bodywork.booking.Slots.Availability;
import org.bodywork.booking.Slots.Busy;
import org.bodywork.booking.Slots.DatedHours;
import org.bodywork.booking.Slots.Hours;
import org.bodywork.booking.Slots.Length;
import org.bodywork.booking.Slots.Rules;
import org.bodywork.booking.Slots.Slot;
import org.bodywork.shared.BusinessException;
import org.junit.jupiter.api.Test;

class SlotsTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final LocalDate TUESDAY = LocalDate.of(2027, 3, 16);
    private static final Instant LONG_BEFORE = Instant.parse("2027-03-01T00:00:00Z");
    private static final Rules RULES =
            new Rules(LONDON, Duration.ofHours(12), Duration.ofDays(56), Duration.ofMinutes(15));
    private static final Length HOUR = new Length(Duration.ofMinutes(60), Duration.ZERO);

    private static Hours hours(String from, String to) {
        return new Hours(LocalTime.parse(from), LocalTime.parse(to));
    }

    private static Availability every(DayOfWeek day, Hours... hours) {
        return new Availability(Map.of(day, List.of(hours)), Map.of(), List.of());
    }

    private static Instant local(LocalDate day, String time) {
        return ZonedDateTime.of(day, LocalTime.parse(time), LONDON).toInstant();
    }

    private static List<Slot> on(LocalDate day, Availability a, List<Busy> busy, Length s, Instant now) {
        return Slots.between(day, day, a, busy, s, now, RULES);
    }

    private static List<String> starts(List<Slot> slots) {
        return slots.stream()
                .map(s -> s.start().atZone(LONDON).toLocalTime().toString())
                .toList();
    }

    @Test
    void aMorningGivesSlotsEveryStepThatFitTheService() {
        List<Slot> slots = on(TUESDAY, every(DayOfWeek.TUESDAY, hours("09:00", "12:00")), List.of(), HOUR, LONG_BEFORE);
        assertEquals(
                List.of("09:00", "09:15", "09:30", "09:45", "10:00", "10:15", "10:30", "10:45", "11:00"),
                starts(slots));
        assertEquals(
                Duration.ofMinutes(60),
                Duration.between(slots.get(0).start(), slots.get(0).end()));
    }

    @Test
    void severalRangesADayAndBreaksAreHonoured() {
        Availability a = new Availability(
                Map.of(DayOfWeek.TUESDAY, List.of(hours("09:00", "11:00"), hours("14:00", "15:00"))),
                Map.of(DayOfWeek.TUESDAY, List.of(hours("09:30", "10:00"))),
                List.of());
        assertEquals(List.of("10:00", "14:00"), starts(on(TUESDAY, a, List.of(), HOUR, LONG_BEFORE)));
    }

    @Test
    void anAppointmentAndItsBufferBlockTheTimeAround() {
        // Booked 10:00-11:00 with a 15-minute room turnover: busy until 11:15.
        Busy booked = new Busy(local(TUESDAY, "10:00"), local(TUESDAY, "11:15"));
        Length withBuffer = new Length(Duration.ofMinutes(60), Duration.ofMinutes(15));
        List<String> starts = starts(on(
                TUESDAY, every(DayOfWeek.TUESDAY, hours("09:00", "13:00")), List.of(booked), withBuffer, LONG_BEFORE));
        // 09:00 would run to 10:00 plus its own buffer to 10:15: too late.
        assertEquals(List.of("11:15", "11:30", "11:45", "12:00"), starts);
    }

    @Test
    void backToBackWithoutBuffersIsAllowed() {
        Busy booked = new Busy(local(TUESDAY, "10:00"), local(TUESDAY, "11:00"));
        List<String> starts = starts(
                on(TUESDAY, every(DayOfWeek.TUESDAY, hours("09:00", "12:00")), List.of(booked), HOUR, LONG_BEFORE));
        assertEquals(List.of("09:00", "11:00"), starts);
    }

    @Test
    void nothingInsideTheMinimumNotice() {
        Instant now = local(TUESDAY, "00:00"); // 12 h notice: from 12:00
        List<String> starts =
                starts(on(TUESDAY, every(DayOfWeek.TUESDAY, hours("09:00", "14:00")), List.of(), HOUR, now));
        assertEquals(List.of("12:00", "12:15", "12:30", "12:45", "13:00"), starts);
    }

    @Test
    void nothingBeyondTheHorizon() {
        Instant now = local(TUESDAY, "09:00");
        LocalDate inEightWeeks = TUESDAY.plusWeeks(8);
        Availability a = every(DayOfWeek.TUESDAY, hours("08:00", "10:00"));
        assertEquals(
                List.of("08:00", "08:15", "08:30", "08:45", "09:00"),
                starts(on(inEightWeeks, a, List.of(), HOUR, now)));
        assertTrue(on(inEightWeeks.plusWeeks(1), a, List.of(), HOUR, now).isEmpty());
    }

    @Test
    void aDayOffRemovesTheDayAndExtraHoursAddTime() {
        Availability off = new Availability(
                Map.of(DayOfWeek.TUESDAY, List.of(hours("09:00", "12:00"))),
                Map.of(),
                List.of(new DatedHours(TUESDAY, null, false)));
        assertTrue(on(TUESDAY, off, List.of(), HOUR, LONG_BEFORE).isEmpty());
        LocalDate sunday = TUESDAY.plusDays(5);
        Availability extra =
                new Availability(Map.of(), Map.of(), List.of(new DatedHours(sunday, hours("10:00", "11:00"), true)));
        assertEquals(List.of("10:00"), starts(on(sunday, extra, List.of(), HOUR, LONG_BEFORE)));
    }

    @Test
    void partOfADayOffLeavesTheRest() {
        Availability a = new Availability(
                Map.of(DayOfWeek.TUESDAY, List.of(hours("09:00", "13:00"))),
                Map.of(),
                List.of(new DatedHours(TUESDAY, hours("09:00", "12:00"), false)));
        assertEquals(List.of("12:00"), starts(on(TUESDAY, a, List.of(), HOUR, LONG_BEFORE)));
    }

    @Test
    void onTheSpringClockChangeNineOClockIsStillNineOnTheWallClock() {
        LocalDate change = LocalDate.of(2027, 3, 28); // clocks go forward at 01:00 GMT
        Availability sundays = every(DayOfWeek.SUNDAY, hours("09:00", "10:00"));
        assertEquals(
                Instant.parse("2027-03-28T08:00:00Z"),
                on(change, sundays, List.of(), HOUR, LONG_BEFORE).get(0).start());
        assertEquals(
                Instant.parse("2027-03-21T09:00:00Z"),
                on(change.minusWeeks(1), sundays, List.of(), HOUR, LONG_BEFORE)
                        .get(0)
                        .start());
    }

    @Test
    void onTheAutumnClockChangeNineOClockIsStillNineOnTheWallClock() {
        LocalDate change = LocalDate.of(2027, 10, 31); // clocks go back at 02:00 BST
        Availability sundays = every(DayOfWeek.SUNDAY, hours("09:00", "10:00"));
        Instant october = Instant.parse("2027-10-01T00:00:00Z");
        assertEquals(
                Instant.parse("2027-10-31T09:00:00Z"),
                on(change, sundays, List.of(), HOUR, october).get(0).start());
        assertEquals(
                Instant.parse("2027-10-24T08:00:00Z"),
                on(change.minusWeeks(1), sundays, List.of(), HOUR, october)
                        .get(0)
                        .start());
    }

    @Test
    void hoursAcrossTheSpringGapAreAnHourShorterInRealTime() {
        LocalDate change = LocalDate.of(2027, 3, 28);
        Availability night = every(DayOfWeek.SUNDAY, hours("00:30", "03:30"));
        Rules hourly = new Rules(LONDON, Duration.ZERO, Duration.ofDays(56), Duration.ofMinutes(60));
        List<Slot> slots = Slots.between(change, change, night, List.of(), HOUR, LONG_BEFORE, hourly);
        // 00:30 GMT to 03:30 BST is two real hours: two one-hour slots, not three.
        assertEquals(
                List.of(Instant.parse("2027-03-28T00:30:00Z"), Instant.parse("2027-03-28T01:30:00Z")),
                slots.stream().map(Slot::start).toList());
    }

    @Test
    void aRangeOfMoreThan62DaysIsRefused() {
        Availability a = every(DayOfWeek.TUESDAY, hours("09:00", "10:00"));
        Rules farHorizon = new Rules(LONDON, Duration.ZERO, Duration.ofDays(120), Duration.ofMinutes(15));
        assertEquals(
                "to",
                assertThrows(
                                BusinessException.class,
                                () -> Slots.between(
                                        TUESDAY, TUESDAY.plusDays(62), a, List.of(), HOUR, LONG_BEFORE, farHorizon))
                        .field());
        // Tuesdays from 16 March to 11 May 2027: nine.
        assertEquals(
                9,
                Slots.between(TUESDAY, TUESDAY.plusDays(61), a, List.of(), HOUR, LONG_BEFORE, farHorizon)
                        .size());
    }

    @Test
    void aMonthWithManyAppointmentsIsComputedInOnePass() {
        Availability weekdays = new Availability(
                Map.of(
                        DayOfWeek.MONDAY,
                        List.of(hours("08:00", "20:00")),
                        DayOfWeek.TUESDAY,
                        List.of(hours("08:00", "20:00")),
                        DayOfWeek.WEDNESDAY,
                        List.of(hours("08:00", "20:00")),
                        DayOfWeek.THURSDAY,
                        List.of(hours("08:00", "20:00")),
                        DayOfWeek.FRIDAY,
                        List.of(hours("08:00", "20:00"))),
                Map.of(),
                List.of());
        List<Busy> busy = new java.util.ArrayList<>();
        for (LocalDate d = TUESDAY; d.isBefore(TUESDAY.plusDays(31)); d = d.plusDays(1)) {
            for (int h = 8; h < 20; h += 2) {
                busy.add(new Busy(local(d, String.format("%02d:00", h)), local(d, String.format("%02d:45", h))));
            }
        }
        Rules farHorizon = new Rules(LONDON, Duration.ZERO, Duration.ofDays(120), Duration.ofMinutes(15));
        List<Slot> slots = Slots.between(TUESDAY, TUESDAY.plusDays(30), weekdays, busy, HOUR, LONG_BEFORE, farHorizon);
        // Each two-hour block has a booking until :45, so an hour fits at :45 and, back to back, at :00.
        long weekdaysInRange = TUESDAY.datesUntil(TUESDAY.plusDays(31))
                .filter(d -> d.getDayOfWeek().getValue() <= 5)
                .count();
        assertEquals(weekdaysInRange * 6 * 2, slots.size());
        assertTrue(slots.stream()
                .noneMatch(slot -> busy.stream()
                        .anyMatch(b ->
                                slot.start().isBefore(b.end()) && slot.end().isAfter(b.start()))));
    }
}
