package org.bodywork.notes;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.bodywork.screening.Area;
import org.bodywork.screening.Technique;
import org.bodywork.shared.BusinessException;
import org.bodywork.shared.InvalidFields;
import org.bodywork.shared.Practice;
import org.bodywork.shared.Refusals;
import org.bodywork.shared.Texts;
import org.bodywork.shared.Words;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/**
 * {@code /notes/edit?id=}: the author's draft. Every change of a field saves the draft, and so does
 * typing, every 10 s while it goes on (autosave.js; nothing is sent while nobody types, so an open
 * editor does not keep its session alive); signing checks it is complete and every override has its
 * reason.
 */
@Named
@ViewScoped
public class NoteEditBacking implements Serializable {

    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss");

    @Inject
    NoteReading notes;

    @Inject
    NoteWriting writing;

    @Inject
    Practice practice;

    private Long id;
    private NoteView view;
    private NoteForm form;
    private List<String> areas = new ArrayList<>();
    private List<String> techniques = new ArrayList<>();
    private String saved;
    private String minutes;
    private int saves;

    /** Loads the draft; a signed note, or someone else's, opens read-only instead. */
    public void load() throws IOException {
        if (id == null) {
            Faces.responseSendError(404, "No note");
            return;
        }
        try {
            view = notes.note(id);
        } catch (BusinessException e) {
            Faces.responseSendError(404, e.getMessage());
            return;
        }
        if (view.note().isSigned() || !notes.isMine(view.note())) {
            Faces.redirect("notes/view?id=" + id);
            return;
        }
        if (form == null) {
            form = view.note().form();
            areas = new ArrayList<>(form.getAreas().stream().map(Enum::name).toList());
            techniques = new ArrayList<>(
                    form.getTechniques().stream().map(Enum::name).toList());
        }
    }

    /** Saves the draft as it stands; a value no note could hold is named and the page keeps what was typed. */
    public void autosave() {
        saves++;
        try {
            save();
            saved = Texts.get("notes.draftSaved", LocalTime.now(practice.zone()).format(CLOCK));
        } catch (BusinessException e) {
            saved = "Not saved: " + e.getMessage();
            Messages.addGlobalError(e.getMessage());
        }
    }

    private void save() {
        form.setMinutes(minutes(minutes));
        form.setAreas(chosen(areas, Area.class));
        form.setTechniques(chosen(techniques, Technique.class));
        writing.update(id, form);
    }

    /** The time treated as typed, read here so that a word instead of a number still reaches the autosave. */
    private static Integer minutes(String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(typed.strip());
        } catch (NumberFormatException e) {
            throw BusinessException.invalid("minutes", Words.text("notes.give-the-time-treated-as"));
        }
    }

    public String sign() {
        try {
            save();
            writing.sign(id);
            Messages.addFlashGlobalInfo("notes.signedDone");
            return "/notes/view?faces-redirect=true&id=" + id;
        } catch (InvalidFields e) {
            Refusals.show(e, "note");
            return null;
        } catch (BusinessException e) {
            Messages.addGlobalError(e.getMessage());
            return null;
        }
    }

    /** The override keys the current content needs, e.g. "TECHNIQUE:DEEP_TISSUE". */
    public List<String> getNeeded() {
        SessionNote n = view.note();
        return Overrides.needed(
                n.getScreeningNotAllowed(),
                n.getScreeningAvoid(),
                chosen(techniques, Technique.class),
                chosen(areas, Area.class));
    }

    /** The ticked boxes' names as a set of their enum. */
    private static <E extends Enum<E>> EnumSet<E> chosen(List<String> names, Class<E> type) {
        EnumSet<E> set = EnumSet.noneOf(type);
        names.forEach(name -> set.add(Enum.valueOf(type, name)));
        return set;
    }

    public Area[] getAllAreas() {
        return Area.values();
    }

    public Technique[] getAllTechniques() {
        return Technique.values();
    }

    public Pressure[] getPressures() {
        return Pressure.values();
    }

    public NoteView getView() {
        return view;
    }

    public NoteForm getForm() {
        return form;
    }

    public List<String> getAreas() {
        return areas;
    }

    public void setAreas(List<String> v) {
        areas = v == null ? new ArrayList<>() : new ArrayList<>(v);
    }

    public List<String> getTechniques() {
        return techniques;
    }

    public void setTechniques(List<String> v) {
        techniques = v == null ? new ArrayList<>() : new ArrayList<>(v);
    }

    public String getMinutes() {
        return minutes;
    }

    public void setMinutes(String minutes) {
        this.minutes = minutes;
    }

    /** How many autosaves this page has made, so a test (or a person) can tell a new one happened. */
    public int getSaves() {
        return saves;
    }

    public String getSaved() {
        return saved;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }
}
