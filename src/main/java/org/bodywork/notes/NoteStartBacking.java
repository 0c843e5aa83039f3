package org.bodywork.notes;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.util.List;
import org.bodywork.booking.Appointment;
import org.bodywork.shared.BusinessException;
import org.bodywork.shared.Practice;
import org.omnifaces.util.Messages;

/**
 * The therapist's dashboard's notes: drafts (overdue after 72 hours) and recent sessions without a
 * note; and starting a note, from there or from the diary.
 */
@Named
@RequestScoped
public class NoteStartBacking {

    @Inject
    NoteReading notes;

    @Inject
    NoteWriting writing;

    @Inject
    NotePrompts prompts;

    @Inject
    Practice practice;

    private List<NoteView> drafts;
    private List<NotePrompts.Awaiting> awaiting;

    /** Opens the appointment's note, starting the draft if there is none yet. */
    public String write(long appointmentId) {
        try {
            long id = notes.noteOf(appointmentId)
                    .orElseGet(() -> writing.start(appointmentId).getId());
            return "/notes/edit?faces-redirect=true&id=" + id;
        } catch (BusinessException e) {
            Messages.addGlobalError(e.getMessage());
            return null;
        }
    }

    public List<NoteView> getDrafts() {
        if (drafts == null) {
            drafts = prompts.myDrafts();
        }
        return drafts;
    }

    public boolean overdue(SessionNote n) {
        return n.isOverdue(Instant.now());
    }

    public long getOverdueCount() {
        return getDrafts().stream().filter(v -> overdue(v.note())).count();
    }

    public List<NotePrompts.Awaiting> getAwaiting() {
        if (awaiting == null) {
            awaiting = prompts.awaitingNotes(practice.today().minusDays(14));
        }
        return awaiting;
    }

    public String when(Appointment a) {
        return org.bodywork.shared.Dates.at(a.getStartsAt().atZone(practice.zone()));
    }
}
