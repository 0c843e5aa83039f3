package org.bodywork.booking;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.bodywork.booking.Slots.Availability;
import org.bodywork.booking.Slots.Busy;
import org.bodywork.booking.Slots.Hours;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * How long a month of free slots takes to compute: for one therapist with 2,000 appointments over a
 * year, and for a practice of 50 therapists with 20,000. Run with {@code src/test/perf/slots-benchmark.sh}.
 * Appointments are an hour with a 15-minute buffer, on weekdays 08:00-20:00, a year from the month.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class SlotsBenchmark {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final LocalDate FROM = LocalDate.of(2027, 3, 1);
    private static final LocalDate TO = FROM.plusDays(30);
    private static final Instant NOW = Instant.parse("2027-02-28T09:00:00Z");
    private static final Slots.Rules RULES =
            new Slots.Rules(LONDON, Duration.ofHours(12), Duration.ofDays(60), Duration.ofMinutes(15));
    private static final Slots.Length HOUR = new Slots.Length(Duration.ofMinutes(60), Duration.ofMinutes(15));

    private Availability weekdays;
    private List<Busy> oneTherapistYear;
    private List<Busy> oneTherapistMonth;
    private List<List<Busy>> practiceMonth;

    @Setup
    public void setUp() {
        Map<DayOfWeek, List<Hours>> hours = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek d : List.of(
                DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY)) {
            hours.put(
                    d,
                    List.of(
                            new Hours(LocalTime.of(8, 0), LocalTime.of(13, 0)),
                            new Hours(LocalTime.of(14, 0), LocalTime.of(20, 0))));
        }
        weekdays = new Availability(hours, Map.of(), List.of());
        oneTherapistYear = appointments(2_000, new Random(1));
        oneTherapistMonth = inMonth(oneTherapistYear);
        int free = Slots.between(FROM, TO, weekdays, oneTherapistMonth, HOUR, NOW, RULES)
                .size();
        System.out.println(
                "\nOne therapist: " + oneTherapistMonth.size() + " appointments in the month, " + free + " free slots");
        if (free == 0 || oneTherapistMonth.isEmpty()) {
            throw new IllegalStateException("The benchmark would measure nothing");
        }
        practiceMonth = new ArrayList<>();
        Random random = new Random(2);
        for (int t = 0; t < 50; t++) {
            practiceMonth.add(inMonth(appointments(400, random)));
        }
    }

    /** Appointments spread over six months either side of the month, never overlapping. */
    private static List<Busy> appointments(int count, Random random) {
        List<Busy> busy = new ArrayList<>();
        java.util.Set<String> taken = new java.util.HashSet<>();
        while (busy.size() < count) {
            LocalDate day = FROM.minusMonths(6).plusDays(random.nextInt(365));
            if (day.getDayOfWeek().getValue() > 5) {
                continue;
            }
            int slot = random.nextInt(10); // ten 75-minute blocks from 08:00
            if (!taken.add(day + "/" + slot)) {
                continue;
            }
            Instant start = ZonedDateTime.of(day, LocalTime.of(8, 0).plusMinutes(75L * slot), LONDON)
                    .toInstant();
            busy.add(new Busy(start, start.plus(Duration.ofMinutes(75))));
        }
        return busy;
    }

    /** What the indexed query returns: appointments overlapping the month. */
    private static List<Busy> inMonth(List<Busy> busy) {
        Instant from = FROM.atStartOfDay(LONDON).toInstant();
        Instant to = TO.plusDays(1).atStartOfDay(LONDON).toInstant();
        return busy.stream()
                .filter(b -> b.start().isBefore(to) && b.end().isAfter(from))
                .toList();
    }

    @Benchmark
    public List<Slots.Slot> oneTherapistMonthFromTheQuery() {
        return Slots.between(FROM, TO, weekdays, oneTherapistMonth, HOUR, NOW, RULES);
    }

    @Benchmark
    public List<Slots.Slot> oneTherapistMonthGivenAllTwoThousand() {
        return Slots.between(FROM, TO, weekdays, oneTherapistYear, HOUR, NOW, RULES);
    }

    @Benchmark
    public int practiceOfFiftyMonth() {
        int slots = 0;
        for (List<Busy> busy : practiceMonth) {
            slots += Slots.between(FROM, TO, weekdays, busy, HOUR, NOW, RULES).size();
        }
        return slots;
    }
}
