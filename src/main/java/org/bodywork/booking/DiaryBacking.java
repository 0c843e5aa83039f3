package org.bodywork.booking;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import org.bodywork.shared.BusinessException;
import org.bodywork.shared.Practice;
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
    Practice practice;

    @Inject
    org.bodywork.identity.AccountService accounts;

    @Inject
    @Param(name = "date")
    String date;

    private DiaryModel model;
    private Long therapistId;
    private String selected;

    @PostConstruct
    void load() {
        model = new DiaryModel(booking, practice.zone(), therapistId);
    }

    public void filter() {
        load();
    }

    public void onSelect(SelectEvent<ScheduleEvent<?>> event) {
        selected = event.getObject().getId();
    }

    public BookingService.DiaryEntry getEntry() {
        return selected == null ? null : model.entry(selected);
    }

    public String adaptations() {
        return getEntry() == null ? "" : DiaryModel.adaptations(getEntry());
    }

    public String badge() {
        return getEntry() == null ? "" : DiaryModel.badge(getEntry().screening());
    }

    public void cancel() {
        act(() -> booking.cancel(getEntry().appointment().getId(), "Cancelled by the practice"), "Cancelled.");
    }

    public void noShow() {
        act(() -> booking.markNoShow(getEntry().appointment().getId()), "Marked as did not attend.");
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
    public java.util.List<org.bodywork.identity.Account> getTherapists() {
        return accounts.withRole(org.bodywork.identity.Role.THERAPIST);
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
}
