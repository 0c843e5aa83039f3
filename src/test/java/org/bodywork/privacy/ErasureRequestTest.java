package org.bodywork.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.bodywork.notes.Retention;
import org.bodywork.shared.BusinessException;
import org.junit.jupiter.api.Test;

class ErasureRequestTest {

    private static final LocalDate JAN_31 = LocalDate.of(2027, 1, 31);

    @Test
    void isDueOneCalendarMonthAfterTheRequest() {
        assertEquals(LocalDate.of(2027, 2, 28), new ErasureRequest(1, JAN_31, null).getDueOn());
        assertEquals(LocalDate.of(2027, 4, 10), new ErasureRequest(1, LocalDate.of(2027, 3, 10), null).getDueOn());
    }

    @Test
    void ripensAfterTheGraceDaysButNeverLaterThanTheDayBeforeItIsDue() {
        ErasureRequest r = new ErasureRequest(1, JAN_31, null);
        assertFalse(r.ripe(JAN_31.plusDays(6), 7));
        assertTrue(r.ripe(JAN_31.plusDays(7), 7));
        assertTrue(r.ripe(JAN_31, 0));
        // A grace longer than the law allows gives way to the deadline.
        assertFalse(r.ripe(LocalDate.of(2027, 2, 26), 60));
        assertTrue(r.ripe(LocalDate.of(2027, 2, 27), 60));
    }

    @Test
    void isOverdueOnlyWhilePendingAfterItsDueDay() {
        ErasureRequest r = new ErasureRequest(1, JAN_31, null);
        assertFalse(r.overdue(LocalDate.of(2027, 2, 28)));
        assertTrue(r.overdue(LocalDate.of(2027, 3, 1)));
        r.carriedOut("admin@example.org", Instant.now());
        assertFalse(r.overdue(LocalDate.of(2027, 3, 1)));
    }

    @Test
    void withoutClinicalRecordsIsErasedAtOnce() {
        ErasureRequest r = new ErasureRequest(1, JAN_31, null);
        r.carriedOut("admin@example.org", Instant.now());
        assertEquals(ErasureRequest.Status.ERASED, r.getStatus());
        assertTrue(r.getErasedAt() != null);
        BusinessException again =
                assertThrows(BusinessException.class, () -> r.carriedOut("admin@example.org", Instant.now()));
        assertEquals("already_carried_out", again.code());
    }

    @Test
    void withClinicalRecordsIsHeldUntilTheDayAfterRetentionEnds() {
        LocalDate keep = LocalDate.of(2035, 1, 30);
        ErasureRequest r = new ErasureRequest(1, JAN_31, keep);
        assertFalse(r.holdEnded(keep.plusDays(1)), "not held before it is carried out");
        r.carriedOut("(scheduled job)", Instant.now());
        assertEquals(ErasureRequest.Status.HELD, r.getStatus());
        assertNull(r.getErasedAt());
        assertFalse(r.ripe(JAN_31.plusDays(20), 7), "carried out once");
        assertFalse(r.holdEnded(keep));
        assertTrue(r.holdEnded(keep.plusDays(1)));
        r.erased(Instant.now());
        assertEquals(ErasureRequest.Status.ERASED, r.getStatus());
        assertThrows(IllegalStateException.class, () -> r.erased(Instant.now()));
    }

    @Test
    void keepsTheLaterOfTheNotesRetentionAndTheLastVisits() {
        Retention eight = new Retention(8);
        LocalDate adult = LocalDate.of(1980, 1, 1);
        assertNull(ErasureRequests.keepUntil(Optional.empty(), Optional.empty(), adult, eight));
        assertEquals(
                LocalDate.of(2034, 5, 1),
                ErasureRequests.keepUntil(Optional.empty(), Optional.of(LocalDate.of(2026, 5, 1)), adult, eight));
        assertEquals(
                LocalDate.of(2036, 1, 1),
                ErasureRequests.keepUntil(
                        Optional.of(LocalDate.of(2036, 1, 1)), Optional.of(LocalDate.of(2026, 5, 1)), adult, eight));
        // A visit without a note, at 15: kept until the 25th birthday.
        assertEquals(
                LocalDate.of(2036, 3, 1),
                ErasureRequests.keepUntil(
                        Optional.empty(), Optional.of(LocalDate.of(2026, 5, 1)), LocalDate.of(2011, 3, 1), eight));
    }
}
