package org.bodywork.notes;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import org.bodywork.shared.BusinessException;
import org.bodywork.shared.Refusals;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/** {@code /notes/view?id=}: a note as signed, its amendments under it, and the author's amendment form. */
@Named
@ViewScoped
public class NoteViewBacking implements Serializable {

    @Inject
    NoteReading notes;

    @Inject
    NoteWriting writing;

    private Long id;
    private NoteView view;
    private boolean mine;
    private String text;
    private String reason;

    public void load() throws IOException {
        if (id == null) {
            Faces.responseSendError(404, "No note");
            return;
        }
        try {
            view = notes.note(id);
            mine = notes.isMine(view.note());
        } catch (BusinessException e) {
            Faces.responseSendError(404, e.getMessage());
        }
    }

    public void amend() {
        try {
            writing.amend(id, text, reason);
            Messages.addGlobalInfo("notes.amended");
            text = reason = null;
            view = notes.note(id);
        } catch (BusinessException e) {
            Refusals.show(e, "amend");
        }
    }

    public NoteView getView() {
        return view;
    }

    public boolean isMine() {
        return mine;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
