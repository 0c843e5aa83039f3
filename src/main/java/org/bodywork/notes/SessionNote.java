package org.bodywork.notes;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.bodywork.qualification.TechniquesConverter;
import org.bodywork.screening.Area;
import org.bodywork.screening.Outcome;
import org.bodywork.screening.Technique;
import org.bodywork.shared.BaseEntity;
import org.bodywork.shared.BusinessException;
import org.bodywork.shared.Words;

/**
 * A session (SOAP) note: one per appointment, written by the appointment's therapist. A draft is
 * edited freely; {@link #sign} checks it is complete and that every departure from the screening has
 * a reason, then locks it. A signed note is never changed again; corrections are {@link Amendment}s.
 *
 * <pre>
 * note.update(form);                       // draft: anything sensible
 * note.sign("tess@…", "Tess", now);        // refused while incomplete or an override lacks a reason
 * note.amend("Pain after was 3", "Typo", "tess@…", "Tess", later);
 * </pre>
 */
@Entity
@Table(name = "session_note")
@NamedQuery(
        name = "SessionNote.ofAppointment",
        query = "SELECT n FROM SessionNote n WHERE n.appointmentId = :appointment")
@NamedQuery(
        name = "SessionNote.ofClient",
        query = "SELECT n FROM SessionNote n WHERE n.clientId = :client ORDER BY n.sessionOn DESC, n.id DESC")
@NamedQuery(
        name = "SessionNote.draftsOf",
        query = "SELECT n FROM SessionNote n WHERE n.therapistId = :therapist AND n.signedAt IS NULL"
                + " ORDER BY n.createdAt")
public class SessionNote extends BaseEntity {

    /** A draft older than this is overdue: notes are written while the session is fresh. */
    public static final Duration OVERDUE = Duration.ofHours(72);

    @Column(name = "appointment_id", nullable = false, updatable = false)
    private long appointmentId;

    @Column(name = "therapist_id", nullable = false, updatable = false)
    private long therapistId;

    @Column(name = "client_id", nullable = false, updatable = false)
    private long clientId;

    @Column(name = "session_on", nullable = false, updatable = false)
    private LocalDate sessionOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "booked_technique", nullable = false, updatable = false)
    private Technique bookedTechnique;

    @Column(name = "client_born_on", updatable = false)
    private LocalDate clientBornOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "screening_outcome", updatable = false)
    private Outcome screeningOutcome;

    @Convert(converter = AreasConverter.class)
    @Column(name = "screening_avoid", nullable = false, updatable = false)
    private Set<Area> screeningAvoid = EnumSet.noneOf(Area.class);

    @Convert(converter = TechniquesConverter.class)
    @Column(name = "screening_not_allowed", nullable = false, updatable = false)
    private Set<Technique> screeningNotAllowed = EnumSet.noneOf(Technique.class);

    @Column(name = "screening_summary", updatable = false)
    private String screeningSummary;

    @Embedded
    private SoapContent content;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "note_override", joinColumns = @JoinColumn(name = "note_id"))
    private List<ScreeningOverride> overrides = new ArrayList<>();

    @Column(name = "signed_at")
    private Instant signedAt;

    @Column(name = "signed_by")
    private String signedBy;

    @Column(name = "signed_name")
    private String signedName;

    protected SessionNote() {}

    public SessionNote(
            long appointmentId,
            long therapistId,
            long clientId,
            LocalDate sessionOn,
            Technique bookedTechnique,
            LocalDate clientBornOn,
            ScreeningSnapshot screening) {
        this.appointmentId = appointmentId;
        this.therapistId = therapistId;
        this.clientId = clientId;
        this.sessionOn = sessionOn;
        this.bookedTechnique = bookedTechnique;
        this.clientBornOn = clientBornOn;
        this.screeningOutcome = screening.outcome();
        this.screeningAvoid = EnumSet.noneOf(Area.class);
        this.screeningAvoid.addAll(screening.avoid());
        this.screeningNotAllowed = EnumSet.noneOf(Technique.class);
        this.screeningNotAllowed.addAll(screening.notAllowed());
        this.screeningSummary = String.join("\n", screening.lines());
        this.content = new SoapContent(bookedTechnique);
    }

    /** Replaces the draft's content with the form's; refused once signed. */
    public void update(NoteForm f) {
        requireDraft();
        f.check();
        content.update(f);
        List<ScreeningOverride> kept = new ArrayList<>();
        for (String key : overridesNeeded()) {
            String reason = NoteForm.clean(f.getOverrides().get(key));
            if (reason != null) {
                int colon = key.indexOf(':');
                kept.add(new ScreeningOverride(
                        ScreeningOverride.Kind.valueOf(key.substring(0, colon)), key.substring(colon + 1), reason));
            }
        }
        // Replace the list only when it changed, so an unchanged draft is not rewritten row by row.
        if (!kept.equals(overrides)) {
            overrides = kept;
        }
    }

    /** The content as a form, to edit. */
    public NoteForm form() {
        NoteForm f = new NoteForm();
        content.fill(f);
        for (ScreeningOverride o : overrides) {
            f.getOverrides().put(o.key(), o.getReason());
        }
        return f;
    }

    /** The techniques and areas recorded that the screening advised against, as override keys. */
    public List<String> overridesNeeded() {
        return Overrides.needed(screeningNotAllowed, screeningAvoid, content.getTechniques(), content.getAreas());
    }

    /** Those still without a reason. */
    public List<String> overridesMissing() {
        List<String> given = overrides.stream().map(ScreeningOverride::key).toList();
        return overridesNeeded().stream().filter(k -> !given.contains(k)).toList();
    }

    /** Signs and locks the note, if it is complete and every override has its reason. */
    public void sign(String email, String name, Instant now) {
        requireDraft();
        List<String> missing = content.incomplete();
        if (!missing.isEmpty()) {
            throw BusinessException.refused(
                    "note_incomplete",
                    Words.text("notes.before-signing-please-record", String.valueOf(String.join(", ", missing))));
        }
        List<String> unexplained = overridesMissing();
        if (!unexplained.isEmpty()) {
            throw new BusinessException(
                    BusinessException.Kind.REFUSED,
                    "override_reason_needed",
                    "overrides",
                    Words.text(
                            "notes.the-screening-advised-against-give",
                            String.valueOf(String.join(
                                    " and ",
                                    unexplained.stream().map(Overrides::words).toList()))));
        }
        signedAt = now;
        signedBy = email;
        signedName = name;
    }

    /** A correction to a signed note; a draft is simply edited. */
    public Amendment amend(String text, String reason, String email, String name, Instant now) {
        if (!isSigned()) {
            throw BusinessException.conflict("note_not_signed", null, Words.text("notes.this-note-is-still-a"));
        }
        String t = NoteForm.clean(text);
        String r = NoteForm.clean(reason);
        if (t == null || t.length() > NoteForm.TEXT) {
            throw BusinessException.invalid(
                    "text", Words.text("notes.write-the-correction-in-at", String.valueOf(NoteForm.TEXT)));
        }
        if (r == null || r.length() > 500) {
            throw BusinessException.invalid("reason", Words.text("notes.say-why-the-note-is"));
        }
        return new Amendment(getId(), t, r, email, name, now);
    }

    /** A draft left more than three days. */
    public boolean isOverdue(Instant now) {
        return !isSigned()
                && getCreatedAt() != null
                && getCreatedAt().plus(OVERDUE).isBefore(now);
    }

    public boolean isSigned() {
        return signedAt != null;
    }

    private void requireDraft() {
        if (isSigned()) {
            throw BusinessException.conflict("note_signed", null, Words.text("notes.this-note-is-signed-and"));
        }
    }

    public long getAppointmentId() {
        return appointmentId;
    }

    public long getTherapistId() {
        return therapistId;
    }

    public long getClientId() {
        return clientId;
    }

    public LocalDate getSessionOn() {
        return sessionOn;
    }

    public Technique getBookedTechnique() {
        return bookedTechnique;
    }

    public LocalDate getClientBornOn() {
        return clientBornOn;
    }

    public Outcome getScreeningOutcome() {
        return screeningOutcome;
    }

    public Set<Area> getScreeningAvoid() {
        return screeningAvoid;
    }

    public Set<Technique> getScreeningNotAllowed() {
        return screeningNotAllowed;
    }

    public List<String> getScreeningLines() {
        return screeningSummary == null || screeningSummary.isEmpty()
                ? List.of()
                : List.of(screeningSummary.split("\n"));
    }

    /** What was written, for the pages, the API and the PDF. */
    public SoapContent getContent() {
        return content;
    }

    public List<ScreeningOverride> getOverrides() {
        return overrides;
    }

    public Instant getSignedAt() {
        return signedAt;
    }

    public String getSignedBy() {
        return signedBy;
    }

    public String getSignedName() {
        return signedName;
    }
}
