package org.bodywork.intake;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Map;
import org.bodywork.screening.Area;
import org.bodywork.screening.ConditionCode;
import org.bodywork.shared.JsonP;
import org.bodywork.shared.Words;

/** One condition the client may tick, with the details it needs. */
public class ConditionEntry implements Serializable {
    private final ConditionCode code;
    private boolean selected;
    private Area area;
    private LocalDate since;
    private Boolean contagious;
    private Boolean controlled;
    private Boolean neuropathy;
    private Integer weeks;

    ConditionEntry(ConditionCode code) {
        this.code = code;
    }

    public boolean needs(String detail) {
        return code.needs(ConditionCode.Detail.valueOf(detail));
    }

    public ConditionCode getCode() {
        return code;
    }

    public boolean isSelected() {
        return selected;
    }

    public void setSelected(boolean selected) {
        this.selected = selected;
    }

    public Area getArea() {
        return area;
    }

    public void setArea(Area area) {
        this.area = area;
    }

    public LocalDate getSince() {
        return since;
    }

    public void setSince(LocalDate since) {
        this.since = since;
    }

    public Boolean getContagious() {
        return contagious;
    }

    public void setContagious(Boolean contagious) {
        this.contagious = contagious;
    }

    public Boolean getControlled() {
        return controlled;
    }

    public void setControlled(Boolean controlled) {
        this.controlled = controlled;
    }

    public Boolean getNeuropathy() {
        return neuropathy;
    }

    public void setNeuropathy(Boolean neuropathy) {
        this.neuropathy = neuropathy;
    }

    public Integer getWeeks() {
        return weeks;
    }

    public void setWeeks(Integer weeks) {
        this.weeks = weeks;
    }
    /** What is missing or wrong in this condition's details, if ticked, under ids starting {@code at}. */
    void problems(String at, LocalDate today, Map<String, String> problems) {
        if (!selected) {
            return;
        }
        if (needs("AREA") && area == null) {
            problems.put(at + "area", Words.text("intake.choose-where-on-your-body"));
        }
        if (needs("SINCE") && since == null) {
            problems.put(at + "since", Words.text("intake.enter-the-date"));
        } else if (since != null && since.isAfter(today)) {
            problems.put(at + "since", Words.text("intake.the-date-cannot-be-in"));
        }
        if (needs("CONTAGIOUS") && contagious == null) {
            problems.put(at + "contagious", Words.text("intake.tell-us-whether-it-can"));
        }
        if (needs("CONTROLLED") && controlled == null) {
            problems.put(at + "controlled", Words.text("intake.tell-us-whether-it-is"));
        }
        if (needs("NEUROPATHY") && neuropathy == null) {
            problems.put(at + "neuropathy", Words.text("intake.tell-us-whether-you-have-2"));
        }
        if (needs("WEEKS") && (weeks == null || weeks < 1 || weeks > 42)) {
            problems.put(at + "weeks", Words.text("intake.enter-how-many-weeks-pregnant"));
        }
    }

    /** The condition as the intake API takes it: the details it needs, no others. */
    JsonObject toJson() {
        JsonObjectBuilder co = JsonP.createObjectBuilder().add("code", code.name());
        if (needs("AREA") && area != null) {
            co.add("area", area.name());
        }
        if (needs("SINCE") && since != null) {
            co.add("since", since.toString());
        }
        FormJson.addFlag(co, "contagious", needs("CONTAGIOUS") ? contagious : null);
        FormJson.addFlag(co, "controlled", needs("CONTROLLED") ? controlled : null);
        FormJson.addFlag(co, "neuropathy", needs("NEUROPATHY") ? neuropathy : null);
        if (needs("WEEKS") && weeks != null) {
            co.add("weeks", weeks);
        }
        return co.build();
    }

    /** Ticked, with the details JSON the form or the API produced. */
    void fill(JsonObject c) {
        selected = true;
        String named = FormJson.string(c, "area");
        area = named == null ? null : Area.valueOf(named);
        since = FormJson.date(c, "since");
        contagious = FormJson.bool(c, "contagious");
        controlled = FormJson.bool(c, "controlled");
        neuropathy = FormJson.bool(c, "neuropathy");
        weeks = c.get("weeks") instanceof JsonNumber n ? n.intValue() : null;
    }
}
