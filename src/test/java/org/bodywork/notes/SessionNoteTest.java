package org.bodywork.notes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.bodywork.screening.Area;
import org.bodywork.screening.Outcome;
import org.bodywork.screening.Technique;
import org.bodywork.shared.BusinessException;
import org.bodywork.shared.InvalidFields;
import org.junit.jupiter.api.Test;

class SessionNoteTest {

    private static final Instant NOW = Instant.parse("2026-11-24T10:00:00Z");

    private static SessionNote note() {
        return new SessionNote(
                1,
                2,
                3,
                LocalDate.of(2026, 11, 24),
                Technique.SWEDISH,
                LocalDate.of(1980, 1, 1),
                new ScreeningSnapshot(
                        Outcome.CAUTION,
                        EnumSet.of(Area.LOWER_BACK),
                        EnumSet.of(Technique.DEEP_TISSUE),
                        List.of("Deep tissue massage: not allowed.")));
    }

    static NoteForm complete() {
        NoteForm f = new NoteForm();
        f.setClientWords("Stiff neck after a long week at the desk");
        f.setPainBefore(6);
        f.setHealthChanged(false);
        f.setAreas(EnumSet.of(Area.NECK, Area.SHOULDERS));
        f.setTechniques(EnumSet.of(Technique.SWEDISH));
        f.setPressure(Pressure.MEDIUM);
        f.setMinutes(55);
        f.setResponse("Relaxed well, neck freer");
        f.setPainAfter(3);
        f.setNextSteps("Another session in two weeks");
        return f;
    }

    private static BusinessException refused(Runnable r) {
        return assertThrows(BusinessException.class, r::run);
    }

    @Test
    void aNewDraftRecordsTheBookedTechniqueAndTheScreeningItWasWrittenAgainst() {
        SessionNote n = note();
        assertFalse(n.isSigned());
        assertEquals(Set.of(Technique.SWEDISH), n.getContent().getTechniques());
        assertEquals(Outcome.CAUTION, n.getScreeningOutcome());
        assertEquals(List.of("Deep tissue massage: not allowed."), n.getScreeningLines());
    }

    @Test
    void aDraftMayBeIncompleteButNotNonsense() {
        SessionNote n = note();
        NoteForm f = new NoteForm();
        f.setPainBefore(4);
        n.update(f);
        assertEquals(4, n.getContent().getPainBefore());
        f.setPainBefore(11);
        assertEquals("invalid_painBefore", refused(() -> n.update(f)).code());
        f.setPainBefore(4);
        f.setMinutes(900);
        assertEquals("invalid_minutes", refused(() -> n.update(f)).code());
        f.setMinutes(null);
        f.setClientWords("x".repeat(4001));
        assertEquals("invalid_clientWords", refused(() -> n.update(f)).code());
        assertEquals(4, n.getContent().getPainBefore(), "a refused update changes nothing");
    }

    @Test
    void everyNonsenseFieldIsNamedAtOnceInTheOrderOfTheForm() {
        NoteForm f = new NoteForm();
        f.setPainBefore(-1);
        f.setMinutes(900);
        f.setFrequency("x".repeat(201));
        f.getOverrides().put("TECHNIQUE:DEEP_TISSUE", "y".repeat(501));
        InvalidFields e = assertThrows(InvalidFields.class, f::check);
        assertEquals(
                List.of("painBefore", "minutes", "frequency", "overrides"),
                e.problems().stream().map(InvalidFields.Problem::field).toList());
        assertEquals(
                "Please keep this to 200 characters or fewer.",
                e.problems().get(2).message());
    }

    @Test
    void signingAnIncompleteNoteSaysWhatIsMissing() {
        SessionNote n = note();
        NoteForm f = complete();
        f.setPainAfter(null);
        f.setPressure(null);
        n.update(f);
        BusinessException e = refused(() -> n.sign("tess@example.org", "Tess", NOW));
        assertEquals("note_incomplete", e.code());
        assertTrue(e.getMessage().contains("the pressure, pain after the session"), e.getMessage());
        assertFalse(n.isSigned());
    }

    @Test
    void signingStampsWhoAndWhenAndLocksTheNote() {
        SessionNote n = note();
        n.update(complete());
        n.sign("tess@example.org", "Tess Therapist", NOW);
        assertTrue(n.isSigned());
        assertEquals(NOW, n.getSignedAt());
        assertEquals("Tess Therapist", n.getSignedName());
        NoteForm change = complete();
        change.setPainAfter(1);
        assertEquals("note_signed", refused(() -> n.update(change)).code());
        assertEquals(3, n.getContent().getPainAfter());
        assertEquals(
                "note_signed",
                refused(() -> n.sign("tess@example.org", "Tess", NOW)).code());
    }

    @Test
    void aTechniqueTheScreeningDoesNotAllowNeedsAReasonBeforeSigning() {
        SessionNote n = note();
        NoteForm f = complete();
        f.setTechniques(EnumSet.of(Technique.SWEDISH, Technique.DEEP_TISSUE));
        n.update(f);
        assertEquals(List.of("TECHNIQUE:DEEP_TISSUE"), n.overridesMissing());
        BusinessException e = refused(() -> n.sign("tess@example.org", "Tess", NOW));
        assertEquals("override_reason_needed", e.code());
        assertTrue(e.getMessage().contains("Deep tissue massage"), e.getMessage());

        f.getOverrides().put("TECHNIQUE:DEEP_TISSUE", "GP letter of 2 Nov clears firm work on the calves");
        n.update(f);
        assertEquals(List.of(), n.overridesMissing());
        n.sign("tess@example.org", "Tess", NOW);
        assertEquals(
                "GP letter of 2 Nov clears firm work on the calves",
                n.getOverrides().get(0).getReason());
    }

    @Test
    void anAreaToAvoidNeedsAReasonAndReasonsForNothingAreDropped() {
        SessionNote n = note();
        NoteForm f = complete();
        f.setAreas(EnumSet.of(Area.NECK, Area.LOWER_BACK));
        f.getOverrides().put("TECHNIQUE:SHIATSU", "not used at all");
        f.getOverrides().put("AREA:LOWER_BACK", " ");
        n.update(f);
        assertEquals(List.of("AREA:LOWER_BACK"), n.overridesMissing(), "a blank reason is no reason");
        assertTrue(n.getOverrides().isEmpty(), "a reason for something not recorded is not kept");
        assertTrue(refused(() -> n.sign("t@example.org", "T", NOW)).getMessage().contains("the lower back"));
    }

    @Test
    void onlySignedNotesAreAmendedAndAnAmendmentNeedsTextAndReason() {
        SessionNote n = note();
        n.update(complete());
        assertEquals(
                "note_not_signed",
                refused(() -> n.amend("x", "y", "t@example.org", "T", NOW)).code());
        n.sign("t@example.org", "T", NOW);
        assertEquals(
                "invalid_text",
                refused(() -> n.amend(" ", "typo", "t@example.org", "T", NOW)).code());
        assertEquals(
                "invalid_reason",
                refused(() -> n.amend("Pain after was 2", "", "t@example.org", "T", NOW))
                        .code());
        Amendment a = n.amend("Pain after was 2", "Typo in the score", "t@example.org", "T", NOW.plusSeconds(60));
        assertEquals("Pain after was 2", a.getText());
        assertEquals(3, n.getContent().getPainAfter(), "the original stays as signed");
    }

    @Test
    void aDraftIsOverdueAfterThreeDays() {
        SessionNote n = note();
        assertFalse(n.isOverdue(NOW), "no creation time yet");
        NoteForm f = new NoteForm();
        assertNull(f.getPainBefore());
    }

    @Test
    void theOverrideRuleNamesEachTechniqueAndAreaAdvisedAgainst() {
        assertEquals(
                List.of("TECHNIQUE:DEEP_TISSUE", "AREA:LOWER_BACK"),
                Overrides.needed(
                        EnumSet.of(Technique.DEEP_TISSUE),
                        EnumSet.of(Area.LOWER_BACK, Area.ABDOMEN),
                        EnumSet.of(Technique.DEEP_TISSUE, Technique.SWEDISH),
                        EnumSet.of(Area.LOWER_BACK, Area.NECK)));
        assertEquals(
                List.of(),
                Overrides.needed(
                        EnumSet.noneOf(Technique.class),
                        EnumSet.noneOf(Area.class),
                        EnumSet.allOf(Technique.class),
                        EnumSet.allOf(Area.class)));
        assertEquals("Deep tissue massage", Overrides.words("TECHNIQUE:DEEP_TISSUE"));
        assertEquals("the lower back", Overrides.words("AREA:LOWER_BACK"));
    }
}
