package org.bodywork.booking;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.bodywork.screening.Adaptations;
import org.bodywork.screening.Result;
import org.bodywork.shared.Words;
import org.primefaces.model.DefaultScheduleEvent;
import org.primefaces.model.LazyScheduleModel;

/**
 * A diary for PrimeFaces Schedule, loading only the range on screen. Times are given on the
 * practice's wall clock and the schedule is told both sides are UTC, so nothing is shifted by the
 * server's or the browser's zone.
 */
public class DiaryModel extends LazyScheduleModel {

    private final transient Diaries diaries;
    private final ZoneId zone;
    private final Long therapistId;
    private final Map<String, Diaries.DiaryEntry> entries = new HashMap<>();

    DiaryModel(Diaries diaries, ZoneId zone, Long therapistId) {
        this.diaries = diaries;
        this.zone = zone;
        this.therapistId = therapistId;
    }

    @Override
    public void loadEvents(LocalDateTime start, LocalDateTime end) {
        entries.clear();
        for (Diaries.DiaryEntry e : diaries.diary(
                Optional.ofNullable(therapistId),
                start.atZone(zone).toInstant(),
                end.atZone(zone).toInstant())) {
            Appointment a = e.appointment();
            String id = String.valueOf(a.getId());
            entries.put(id, e);
            addEvent(DefaultScheduleEvent.builder()
                    .id(id)
                    .title(title(e))
                    .description(adaptations(e))
                    .startDate(LocalDateTime.ofInstant(a.getStartsAt(), zone))
                    .endDate(LocalDateTime.ofInstant(a.getEndsAt(), zone))
                    .styleClass("appointment status-" + a.getStatus() + " outcome-" + outcome(e))
                    .data(id)
                    .build());
        }
    }

    public Diaries.DiaryEntry entry(String id) {
        return entries.get(id);
    }

    /** "Chris Client · Swedish massage, 60 minutes · Caution" - who, what and the screening badge. */
    static String title(Diaries.DiaryEntry e) {
        String status = e.appointment().getStatus() == Appointment.Status.BOOKED
                ? badge(e.screening())
                : e.appointment().getStatus().name().replace('_', ' ').toLowerCase();
        return e.clientName() + " · " + e.service().getName() + " · " + status;
    }

    static String badge(Result r) {
        if (r == null) {
            return Words.text("diary.noScreening");
        }
        return switch (r.outcome()) {
            case CLEAR, CAUTION, POSTPONE, GP_CLEARANCE, URGENT_MEDICAL -> Words.text("diary.badge." + r.outcome());
        };
    }

    /** The adaptations for the appointment's technique, and the areas to avoid. */
    static String adaptations(Diaries.DiaryEntry e) {
        Result r = e.screening();
        if (r == null) {
            return "";
        }
        Result.TechniqueVerdict v = r.techniques().get(e.appointment().getTechnique());
        String words = v == null ? "" : Adaptations.words(v.adaptations());
        return words.isEmpty() ? Words.text("diary.noAdaptations") : Words.text("diary.adapt", words);
    }

    private static String outcome(Diaries.DiaryEntry e) {
        return e.screening() == null ? "NONE" : e.screening().outcome().name();
    }
}
