package org.bodywork.notes;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.bodywork.screening.Area;
import org.bodywork.screening.Outcome;
import org.bodywork.screening.Technique;
import org.junit.jupiter.api.Test;

class NotePdfTest {

    static String text(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
    }

    @Test
    void aSignedNoteReadsInSoapOrderWithItsOverrideSignatureAndAmendment() throws IOException {
        SessionNote n = new SessionNote(
                1,
                2,
                3,
                LocalDate.of(2026, 11, 24),
                Technique.SWEDISH,
                null,
                new ScreeningSnapshot(
                        Outcome.CAUTION,
                        EnumSet.of(Area.LOWER_BACK),
                        EnumSet.noneOf(Technique.class),
                        List.of("Recent bruising on the lower back")));
        NoteForm f = SessionNoteTest.complete();
        f.setAreas(EnumSet.of(Area.NECK, Area.LOWER_BACK));
        f.getOverrides().put("AREA:LOWER_BACK", "Bruise healed; client asked, light work only");
        f.setHomeCare("Neck stretches twice a day – and a café break ☕");
        n.update(f);
        n.sign("tess@example.org", "Tess Therapist", Instant.parse("2026-11-24T12:00:00Z"));
        Amendment a = n.amend(
                "Pain after was 2",
                "Typo",
                "tess@example.org",
                "Tess Therapist",
                Instant.parse("2026-11-25T09:00:00Z"));
        byte[] pdf = new NotePdf(ZoneId.of("Europe/London"))
                .record(
                        "Chris Client",
                        List.of(new NoteView(n, "Tess Therapist", "Chris Client", List.of(a))),
                        LocalDate.of(2034, 11, 24));
        String text = text(pdf);
        for (String expected : List.of(
                "Session notes: Chris Client",
                "kept until Friday 24 November 2034",
                "Session of Tuesday 24 November 2026 with Tess Therapist",
                "Pain before: 6 out of 10",
                "Override: the lower back, against the screening. Reason: Bruise healed",
                "Pain after: 3 out of 10",
                "café break ?",
                "Signed by Tess Therapist (tess@example.org) on Tuesday 24 November 2026, 12:00",
                "Amendment by Tess Therapist on Wednesday 25 November 2026, 09:00",
                "Correction: Pain after was 2")) {
            assertTrue(text.contains(expected), expected + " in " + text);
        }
        assertTrue(text.indexOf("Subjective") < text.indexOf("Objective"));
        assertTrue(text.indexOf("Assessment") < text.indexOf("Plan"));
    }

    @Test
    void aLongRecordRunsOverSeveralPages() throws IOException {
        List<NoteView> many = new java.util.ArrayList<>();
        for (int i = 0; i < 12; i++) {
            SessionNote n = new SessionNote(
                    i, 2, 3, LocalDate.of(2026, 1, 1).plusWeeks(i), Technique.SWEDISH, null, ScreeningSnapshot.NONE);
            n.update(SessionNoteTest.complete());
            many.add(new NoteView(n, "Tess", "Chris", List.of()));
        }
        byte[] pdf = new NotePdf(ZoneId.of("Europe/London")).record("Chris", many, null);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertTrue(doc.getNumberOfPages() > 2, "pages: " + doc.getNumberOfPages());
        }
        assertTrue(text(pdf).contains("DRAFT: not signed"));
    }
}
