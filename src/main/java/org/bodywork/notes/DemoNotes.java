package org.bodywork.notes;

import java.util.EnumSet;
import org.bodywork.screening.Area;
import org.bodywork.screening.Technique;

/** What the demo's notes say: a client whose pain eases over a course of sessions. */
final class DemoNotes {

    private DemoNotes() {}

    static NoteForm form(Technique technique, int session) {
        boolean feet = technique == Technique.REFLEXOLOGY;
        int before = Math.max(2, 8 - session);
        NoteForm f = new NoteForm();
        f.setClientWords(
                session == 0
                        ? "Stiff neck and shoulders from desk work; worse by the end of the week."
                        : "Better since last time; still tight after long days at the desk.");
        f.setPainBefore(before);
        f.setChangesSince(session == 0 ? null : "Doing the stretches most days.");
        f.setHealthChanged(false);
        f.setObservations("Right shoulder held higher than the left.");
        f.setPalpation(feet ? "Tender over the arches." : "Hypertonic upper trapezius, right more than left.");
        f.setAreas(feet ? EnumSet.of(Area.FEET) : EnumSet.of(Area.NECK, Area.SHOULDERS, Area.UPPER_BACK));
        f.setTechniques(EnumSet.of(technique));
        f.setPressure(Pressure.MEDIUM);
        f.setMinutes(feet ? 40 : 55);
        f.setResponse("Relaxed well; range of movement in the neck improved.");
        f.setPainAfter(Math.max(0, before - 3));
        f.setNextSteps("Continue fortnightly; review at the next session.");
        f.setFrequency("Every two weeks");
        f.setHomeCare("Chin tucks and doorway chest stretch, twice a day.");
        return f;
    }
}
