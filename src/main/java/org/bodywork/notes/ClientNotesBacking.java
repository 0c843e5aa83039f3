package org.bodywork.notes;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.JsonArrayBuilder;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.bodywork.shared.BusinessException;
import org.bodywork.shared.JsonP;
import org.omnifaces.util.Faces;

/**
 * {@code /notes/client?id=}: a client's progress, for a therapist who treats them or for the client
 * (without an id): pain before and after across sessions as a chart, and a timeline of the notes.
 */
@Named
@RequestScoped
public class ClientNotesBacking {

    @Inject
    NoteReading notes;

    private Long id;
    private ClientNotes record;

    public void load() throws IOException {
        try {
            record = id == null ? notes.mine() : notes.notesOf(id);
        } catch (BusinessException e) {
            Faces.responseSendError(404, e.getMessage());
        }
    }

    /** The notes oldest first, as a timeline and a chart read. */
    public List<NoteView> getTimeline() {
        List<NoteView> oldestFirst = new ArrayList<>(record.notes());
        Collections.reverse(oldestFirst);
        return oldestFirst;
    }

    /** A Chart.js line chart of pain before and after each session, on the 0-10 scale. */
    public String getChart() {
        JsonArrayBuilder labels = JsonP.createArrayBuilder();
        JsonArrayBuilder before = JsonP.createArrayBuilder();
        JsonArrayBuilder after = JsonP.createArrayBuilder();
        for (NoteView v : getTimeline()) {
            SessionNote n = v.note();
            labels.add(n.getSessionOn().toString());
            if (n.getContent().getPainBefore() == null) {
                before.addNull();
            } else {
                before.add(n.getContent().getPainBefore());
            }
            if (n.getContent().getPainAfter() == null) {
                after.addNull();
            } else {
                after.add(n.getContent().getPainAfter());
            }
        }
        var datasets = JsonP.createArrayBuilder()
                .add(series("Pain before the session", before, "#b00020"))
                .add(series("Pain after the session", after, "#23544f"));
        var title = JsonP.createObjectBuilder().add("display", true).add("text", "Pain (0 to 10)");
        var y = JsonP.createObjectBuilder().add("min", 0).add("max", 10).add("title", title);
        var options = JsonP.createObjectBuilder()
                .add("animation", false)
                .add("scales", JsonP.createObjectBuilder().add("y", y));
        return JsonP.createObjectBuilder()
                .add("type", "line")
                .add("data", JsonP.createObjectBuilder().add("labels", labels).add("datasets", datasets))
                .add("options", options)
                .build()
                .toString();
    }

    private static jakarta.json.JsonObjectBuilder series(String label, JsonArrayBuilder data, String colour) {
        return JsonP.createObjectBuilder()
                .add("label", label)
                .add("data", data)
                .add("borderColor", colour)
                .add("backgroundColor", colour)
                .add("spanGaps", true);
    }

    public ClientNotes getRecord() {
        return record;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }
}
