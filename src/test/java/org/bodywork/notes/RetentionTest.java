package org.bodywork.notes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class RetentionTest {

    private final Retention eight = new Retention(8);

    @Test
    void anAdultsRecordIsKeptEightYearsAfterTheLastTreatment() {
        assertEquals(LocalDate.of(2034, 5, 1), eight.keepUntil(LocalDate.of(2026, 5, 1), LocalDate.of(1980, 1, 1)));
    }

    @Test
    void aChildsRecordIsKeptUntilTheir25thBirthdayWhenThatIsLater() {
        LocalDate born = LocalDate.of(2014, 3, 10);
        assertEquals(LocalDate.of(2039, 3, 10), eight.keepUntil(LocalDate.of(2026, 5, 1), born));
        // Treated at 17 and a half: eight years on is later than the 25th birthday.
        LocalDate bornEarlier = LocalDate.of(2008, 11, 1);
        assertEquals(LocalDate.of(2034, 5, 1), eight.keepUntil(LocalDate.of(2026, 5, 1), bornEarlier));
    }

    @Test
    void anUnknownAgeCountsAsAnAdultAndLongerPeriodsMayBeSetButNotShorter() {
        assertEquals(LocalDate.of(2034, 5, 1), eight.keepUntil(LocalDate.of(2026, 5, 1), null));
        assertEquals(LocalDate.of(2036, 5, 1), new Retention(10).keepUntil(LocalDate.of(2026, 5, 1), null));
        assertThrows(IllegalArgumentException.class, () -> new Retention(7));
    }

    @Test
    void aRecordExpiresOnlyAfterItsLastDay() {
        LocalDate last = LocalDate.of(2026, 5, 1);
        assertFalse(eight.expired(last, null, LocalDate.of(2034, 5, 1)));
        assertTrue(eight.expired(last, null, LocalDate.of(2034, 5, 2)));
    }
}
