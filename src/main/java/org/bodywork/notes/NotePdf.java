package org.bodywork.notes;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.bodywork.screening.Area;
import org.bodywork.screening.Technique;
import org.bodywork.shared.Dates;
import org.bodywork.shared.Words;

/**
 * Session notes as a PDF a client or an insurer can read: each note in SOAP order with the screening
 * it was written against, its overrides, its signature and its amendments.
 *
 * <pre>
 * byte[] pdf = new NotePdf(zone).record("Chris Client", views, keepUntil);
 * </pre>
 */
public final class NotePdf {

    private static final float MARGIN = 56;
    private static final float SIZE = 10.5f;

    private final ZoneId zone;
    private final PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private final PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);

    public NotePdf(ZoneId zone) {
        this.zone = zone;
    }

    /** The client's notes, newest first, with how long the record is kept. */
    public byte[] record(String clientName, List<NoteView> notes, LocalDate keepUntil) {
        try (PDDocument doc = new PDDocument()) {
            PDDocumentInformation info = doc.getDocumentInformation();
            info.setTitle(Words.text("pdf.title", clientName));
            info.setCreator("Bodywork");
            Writer w = new Writer(doc);
            w.text(bold, 16, Words.text("pdf.title", clientName));
            if (keepUntil != null) {
                w.text(regular, SIZE, Words.text("pdf.keptUntil", Dates.day(keepUntil)));
            }
            if (notes.isEmpty()) {
                w.text(regular, SIZE, Words.text("pdf.noNotes"));
            }
            for (NoteView v : notes) {
                note(w, v);
            }
            w.close();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void note(Writer w, NoteView v) throws IOException {
        SessionNote n = v.note();
        w.gap(14);
        w.text(bold, 13, Words.text("pdf.session", Dates.day(n.getSessionOn()), v.therapistName()));
        w.field(Words.text("pdf.booked"), n.getBookedTechnique().label());
        w.field(
                Words.text("pdf.screeningThen"),
                n.getScreeningOutcome() == null
                        ? Words.text("pdf.noneOnFile")
                        : words(n.getScreeningOutcome().name()));
        for (String line : n.getScreeningLines()) {
            w.field("", line);
        }
        soap(w, n);
        signature(w, v);
    }

    /** Subjective, objective, assessment and plan, as the therapist wrote them. */
    private static void soap(Writer w, SessionNote n) throws IOException {
        SoapContent c = n.getContent();
        w.heading(Words.text("pdf.subjective"));
        w.field(Words.text("pdf.inTheClientSWords"), c.getClientWords());
        w.field(Words.text("pdf.painBefore"), score(c.getPainBefore()));
        w.field(Words.text("pdf.changesSinceLastVisit"), c.getChangesSince());
        w.field(Words.text("pdf.healthChangedSinceTheForm"), yesNo(c.getHealthChanged()));
        w.heading(Words.text("pdf.objective"));
        w.field(Words.text("pdf.observations"), c.getObservations());
        w.field(Words.text("pdf.palpation"), c.getPalpation());
        w.field(
                Words.text("pdf.areasTreated"),
                c.getAreas().stream().map(Area::name).map(NotePdf::words).collect(Collectors.joining(", ")));
        w.field(
                Words.text("pdf.techniques"),
                c.getTechniques().stream().map(Technique::label).collect(Collectors.joining(", ")));
        w.field(
                Words.text("pdf.pressure"),
                c.getPressure() == null ? null : words(c.getPressure().name()));
        w.field(
                Words.text("pdf.timeTreated"),
                c.getMinutes() == null ? null : Words.text("pdf.minutes", String.valueOf(c.getMinutes())));
        for (ScreeningOverride o : n.getOverrides()) {
            w.field(
                    Words.text("pdf.overrideLabel"),
                    Words.text("pdf.override", Overrides.words(o.key()), o.getReason()));
        }
        w.heading(Words.text("pdf.assessment"));
        w.field(Words.text("pdf.response"), c.getResponse());
        w.field(Words.text("pdf.painAfter"), score(c.getPainAfter()));
        w.heading(Words.text("pdf.plan"));
        w.field(Words.text("pdf.nextSteps"), c.getNextSteps());
        w.field(Words.text("pdf.frequency"), c.getFrequency());
        w.field(Words.text("pdf.homeCare"), c.getHomeCare());
        w.field(Words.text("pdf.referral"), c.getReferral());
    }

    /** Who signed and when (or that it is a draft), then each amendment. */
    private void signature(Writer w, NoteView v) throws IOException {
        SessionNote n = v.note();
        w.gap(4);
        w.text(
                bold,
                SIZE,
                n.isSigned()
                        ? Words.text(
                                "pdf.signed",
                                n.getSignedName(),
                                n.getSignedBy(),
                                Dates.at(n.getSignedAt().atZone(zone)))
                        : Words.text("pdf.draft"));
        for (Amendment a : v.amendments()) {
            w.gap(4);
            w.text(
                    bold,
                    SIZE,
                    Words.text(
                            "pdf.amendment",
                            a.getByName(),
                            Dates.at(a.getCreatedAt().atZone(zone))));
            w.field(Words.text("pdf.correction"), a.getText());
            w.field(Words.text("pdf.reason"), a.getReason());
        }
    }

    private static String score(Integer pain) {
        return pain == null ? null : Words.text("pdf.score", String.valueOf(pain));
    }

    private static String yesNo(Boolean b) {
        return b == null ? null : Words.text(b ? "pdf.yes" : "pdf.no");
    }

    private static String words(String name) {
        String s = name.toLowerCase(Locale.UK).replace('_', ' ');
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /** Writes lines down the page, wrapping and starting new pages as needed. */
    private final class Writer {
        private final PDDocument doc;
        private PDPageContentStream out;
        private float y;
        private final float width = PDRectangle.A4.getWidth() - 2 * MARGIN;

        Writer(PDDocument doc) throws IOException {
            this.doc = doc;
            page();
        }

        private void page() throws IOException {
            if (out != null) {
                out.close();
            }
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            out = new PDPageContentStream(doc, page);
            y = PDRectangle.A4.getHeight() - MARGIN;
        }

        void heading(String text) throws IOException {
            gap(4);
            text(bold, 11.5f, text);
        }

        void field(String label, String value) throws IOException {
            if (value == null || value.isBlank()) {
                return;
            }
            text(regular, SIZE, label.isEmpty() ? value : label + ": " + value);
        }

        void gap(float points) {
            y -= points;
        }

        void text(PDType1Font font, float size, String text) throws IOException {
            for (String paragraph : text.split("\\R")) {
                for (String line : wrap(font, size, printable(font, paragraph))) {
                    if (y < MARGIN + size) {
                        page();
                    }
                    y -= size * 1.35f;
                    out.beginText();
                    out.setFont(font, size);
                    out.newLineAtOffset(MARGIN, y);
                    out.showText(line);
                    out.endText();
                }
            }
        }

        private List<String> wrap(PDType1Font font, float size, String text) throws IOException {
            List<String> lines = new ArrayList<>();
            StringBuilder line = new StringBuilder();
            for (String word : text.split(" ")) {
                String candidate = line.isEmpty() ? word : line + " " + word;
                if (!line.isEmpty() && font.getStringWidth(candidate) / 1000 * size > width) {
                    lines.add(line.toString());
                    line = new StringBuilder(word);
                } else {
                    line = new StringBuilder(candidate);
                }
            }
            lines.add(line.toString());
            return lines;
        }

        /** The standard PDF fonts cover Western European text; anything else shows as "?". */
        private String printable(PDType1Font font, String text) {
            StringBuilder s = new StringBuilder();
            text.codePoints().forEach(c -> {
                String ch = new String(Character.toChars(c));
                try {
                    font.encode(ch);
                    s.append(ch);
                } catch (IOException | IllegalArgumentException e) {
                    s.append(c == '\t' ? " " : "?");
                }
            });
            return s.toString();
        }

        void close() throws IOException {
            out.close();
        }
    }
}
