package org.bodywork.notes;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The client dashboard's prompt to update the health form after a therapist noted a change. */
@Named
@RequestScoped
public class ClientNotesPrompt {

    @Inject
    NotePrompts notes;

    private Boolean due;

    public boolean isDue() {
        if (due == null) {
            due = notes.healthUpdateDue();
        }
        return due;
    }
}
