package org.bodywork.notes;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.function.BooleanSupplier;
import org.bodywork.notes.NoteAccess.Reader;
import org.bodywork.screening.Technique;
import org.junit.jupiter.api.Test;

/** The notes' read rule; {@code NotesIT} and the authorization matrix hold it against the server. */
class NoteAccessTest {

    private static final long AUTHOR = 2;
    private static final long CLIENT = 3;
    private static final BooleanSupplier TREATED = () -> true;
    private static final BooleanSupplier NOT_TREATED = () -> false;
    private static final BooleanSupplier NOT_ASKED = () -> {
        throw new AssertionError("asked whether treated when it does not decide");
    };

    private static SessionNote draft() {
        return new SessionNote(
                1, AUTHOR, CLIENT, LocalDate.of(2026, 11, 24), Technique.SWEDISH, null, ScreeningSnapshot.NONE);
    }

    private static SessionNote signed() {
        SessionNote n = draft();
        n.update(SessionNoteTest.complete());
        n.sign("tess@example.org", "Tess", Instant.parse("2026-11-24T12:00:00Z"));
        return n;
    }

    private static Reader therapist(long id) {
        return new Reader(id, true, false);
    }

    @Test
    void theAuthorReadsTheirDraftAndSignedNote() {
        assertTrue(NoteAccess.mayRead(draft(), therapist(AUTHOR), NOT_ASKED));
        assertTrue(NoteAccess.mayRead(signed(), therapist(AUTHOR), NOT_ASKED));
    }

    @Test
    void anotherTherapistReadsASignedNoteOnlyOfAClientTheyTreated() {
        assertTrue(NoteAccess.mayRead(signed(), therapist(9), TREATED));
        assertFalse(NoteAccess.mayRead(signed(), therapist(9), NOT_TREATED));
        assertFalse(NoteAccess.mayRead(draft(), therapist(9), NOT_ASKED), "never another's draft");
    }

    @Test
    void theClientReadsTheirOwnSignedNotesOnly() {
        assertTrue(NoteAccess.mayRead(signed(), new Reader(CLIENT, false, true), NOT_ASKED));
        assertFalse(NoteAccess.mayRead(draft(), new Reader(CLIENT, false, true), NOT_ASKED));
        assertFalse(NoteAccess.mayRead(signed(), new Reader(8, false, true), NOT_ASKED), "another client");
    }

    @Test
    void anAdminReadsNone() {
        assertFalse(NoteAccess.mayRead(signed(), new Reader(5, false, false), NOT_ASKED));
    }
}
