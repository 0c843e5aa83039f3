package org.bodywork.booking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.DayOfWeek;
import java.util.List;
import org.bodywork.screening.Technique;
import org.bodywork.shared.BusinessException;
import org.bodywork.shared.InvalidFields;
import org.junit.jupiter.api.Test;

class NewServiceTest {

    private static String field(Runnable r) {
        return assertThrows(BusinessException.class, r::run).field();
    }

    private static String invalid(NewService s) {
        return field(s::validate);
    }

    @Test
    void aServiceNeedsANameATechniqueAndSensibleTimes() {
        assertEquals("name", invalid(new NewService(" ", Technique.SWEDISH, 60, 5000, 15, true)));
        assertEquals("name", invalid(new NewService("x".repeat(101), Technique.SWEDISH, 60, 5000, 15, true)));
        assertEquals("technique", invalid(new NewService("A", null, 60, 5000, 15, true)));
        assertEquals("minutes", invalid(new NewService("A", Technique.SWEDISH, 7, 5000, 15, true)));
        assertEquals("minutes", invalid(new NewService("A", Technique.SWEDISH, 300, 5000, 15, true)));
        assertEquals("minutes", invalid(new NewService("A", Technique.SWEDISH, 62, 5000, 15, true)));
        assertEquals("pricePence", invalid(new NewService("A", Technique.SWEDISH, 60, -1, 15, true)));
        assertEquals("bufferMinutes", invalid(new NewService("A", Technique.SWEDISH, 60, 5000, 90, true)));
        assertEquals("Swedish", new NewService(" Swedish ", Technique.SWEDISH, 60, 5000, 15, true).name());
        new NewService("Swedish", Technique.SWEDISH, 60, 5000, 15, true).validate();
    }

    @Test
    void everyWrongFieldIsNamedAtOnce() {
        InvalidFields e =
                assertThrows(InvalidFields.class, () -> new NewService("", null, 62, 200_000, -5, true).validate());
        assertEquals(
                List.of("name", "technique", "minutes", "pricePence", "bufferMinutes"),
                e.problems().stream().map(InvalidFields.Problem::field).toList());
        assertEquals(
                "A service lasts 15 to 240 minutes, in steps of 5.",
                e.problems().get(2).message());
    }

    @Test
    void aPriceReadsInPounds() {
        assertEquals("£55.00", new Service(new NewService("A", Technique.SWEDISH, 60, 5500, 15, true)).getPrice());
        assertEquals("£4.05", new Service(new NewService("A", Technique.SWEDISH, 60, 405, 15, true)).getPrice());
    }

    @Test
    void weekRangesReadTheTimesPeopleType() {
        WeekRange r = WeekRange.of(DayOfWeek.MONDAY, "09:00", "12:30", false);
        assertEquals("12:30", r.hours().end().toString());
        assertEquals("start", field(() -> WeekRange.of(DayOfWeek.MONDAY, "9am", "12:30", false)));
        assertEquals("end", field(() -> WeekRange.of(DayOfWeek.MONDAY, "12:00", "09:00", false)));
        assertEquals("day", field(() -> WeekRange.of(null, "09:00", "10:00", false)));
    }

    @Test
    void bookingRulesStayWithinBounds() {
        BookingRules rules = new BookingRules();
        rules.change(12, 56, 15, 24);
        assertEquals(24, rules.cutoff().toHours());
        assertEquals("step", field(() -> rules.change(12, 56, 7, 24)));
        assertEquals("horizon", field(() -> rules.change(12, 0, 15, 24)));
    }
}
