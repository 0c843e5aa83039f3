package org.bodywork.booking;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import org.bodywork.shared.BusinessException;
import org.bodywork.shared.Dates;
import org.bodywork.shared.Practice;
import org.bodywork.shared.Words;
import org.omnifaces.cdi.Param;
import org.omnifaces.util.Messages;
import org.primefaces.event.SelectEvent;
import org.primefaces.model.ScheduleEvent;

/**
 * {@code /therapist/diary} and {@code /admin/diary}: a week or day of appointments; an admin may pick
 * one therapist. Selecting an appointment shows its screening and lets the practice close it.
 */
@Named
@ViewScoped
public class DiaryBacking implements Serializable {

    @Inject
    BookingService booking;

    @Inject
    Diaries diaries;

    @Inject
    Practice practice;

    @Inject
    org.bodywork.identity.AccountService accounts;

    @Inject
    org.bodywork.identity.CurrentUser user;

    @Inject
    @Param(name = "date")
    String date;

    private DiaryModel model;
    private Long therapistId;
    private String selected;
    private LocalDate moveDay;
    private String moveTime;
    /** A therapist to choose, as kept in the view (entities are not). */
    public record Therapist(long id, String name) implements Serializable {}

    /** An admin's choice of therapist; none for a therapist, whose diary is their own. */
    private java.util.List<Therapist> therapists = java.util.List.of();

    @PostConstruct
    void load() {
        if (user.isAdmin()) {
            therapists = accounts.withRole(org.bodywork.identity.Role.THERAPIST).stream()
                    .map(a -> new Therapist(a.getId(), a.getName()))
                    .toList();
        }
        filter();
    }

    public void filter() {
        model = new DiaryModel(diaries, practice.zone(), therapistId);
    }

    public void onSelect(SelectEvent<ScheduleEvent<?>> event) {
        selected = event.getObject().getId();
    }

    public Diaries.DiaryEntry getEntry() {
        return selected == null ? null : model.entry(selected);
    }

    public String adaptations() {
        return getEntry() == null ? "" : DiaryModel.adaptations(getEntry());
    }

    public String badge() {
        return getEntry() == null ? "" : DiaryModel.badge(getEntry().screening());
    }

    public void cancel() {
        act(() -> booking.cancel(getEntry().appointment().getId(), "Cancelled by the practice"), "diary.cancelled");
    }

    /** A therapist or admin moves the appointment; a late move is theirs to make, and recorded. */
    public void move() {
        try {
            if (moveDay == null) {
                throw BusinessException.invalid("moveDay", Words.text("booking.choose-the-day-to-move"));
            }
            LocalTime time = WeekRange.time(moveTime, "moveTime");
            booking.reschedule(
                    getEntry().appointment().getId(),
                    moveDay.atTime(time).atZone(practice.zone()).toInstant());
            Messages.addGlobalInfo("diary.moved", Dates.at(moveDay.atTime(time)));
        } catch (BusinessException e) {
            Messages.addGlobalError(e.getMessage());
        }
        moveDay = null;
        moveTime = null;
    }

    /** Only an appointment that has begun can be marked as missed. */
    public boolean started() {
        return getEntry() != null && !getEntry().appointment().getStartsAt().isAfter(Instant.now());
    }

    public void noShow() {
        act(() -> booking.markNoShow(getEntry().appointment().getId()), "diary.noShowMarked");
    }

    private void act(Runnable change, String done) {
        try {
            change.run();
            Messages.addGlobalInfo(done);
        } catch (BusinessException e) {
            Messages.addGlobalError(e.getMessage());
        }
        selected = null;
    }

    public LocalDate getInitialDate() {
        try {
            return date == null ? practice.today() : LocalDate.parse(date);
        } catch (java.time.format.DateTimeParseException e) {
            return practice.today();
        }
    }

    /** For an admin's choice of therapist. */
    public java.util.List<Therapist> getTherapists() {
        return therapists;
    }

    public DiaryModel getModel() {
        return model;
    }

    public Long getTherapistId() {
        return therapistId;
    }

    public void setTherapistId(Long therapistId) {
        this.therapistId = therapistId;
    }

    public LocalDate getMoveDay() {
        return moveDay;
    }

    public void setMoveDay(LocalDate moveDay) {
        this.moveDay = moveDay;
    }

    public String getMoveTime() {
        return moveTime;
    }

    public void setMoveTime(String moveTime) {
        this.moveTime = moveTime;
    }
}
