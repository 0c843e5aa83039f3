package org.bodywork.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

class DatesTest {

    @Test
    void peopleReadADayAndATimeOneWayEverywhere() {
        assertEquals("Tuesday 16 March 2027", Dates.day(LocalDate.of(2027, 3, 16)));
        assertEquals("Tuesday 16 March 2027, 09:00", Dates.at(LocalDateTime.of(2027, 3, 16, 9, 0)));
    }

    @Test
    void aTimeIsTheWallClockOfItsZone() {
        ZonedDateTime summer = LocalDateTime.of(2027, 7, 1, 8, 30).atZone(ZoneId.of("UTC"));
        assertEquals("Thursday 1 July 2027, 09:30", Dates.at(summer.withZoneSameInstant(ZoneId.of("Europe/London"))));
    }
}
