package org.bodywork.booking;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.bodywork.shared.BusinessException;
import org.bodywork.shared.Dates;
import org.bodywork.shared.Practice;
import org.omnifaces.util.Messages;

/** {@code /booking/appointments}: a client's coming and past appointments, to cancel or move. */
@Named
@ViewScoped
public class AppointmentsBacking implements Serializable {

    @Inject
    BookingService booking;

    @Inject
    Menu menu;

    @Inject
    Diaries diaries;

    @Inject
    Practice practice;

    private List<Diaries.DiaryEntry> upcoming;
    private java.time.Duration cutoff;
    private List<Diaries.DiaryEntry> past;

    @PostConstruct
    void load() {
        LocalDate today = practice.today();
        Instant now = Instant.now();
        cutoff = menu.rules().cutoff();
        List<Diaries.DiaryEntry> all = diaries.listed(
                today.minusDays(365).atStartOfDay(practice.zone()).toInstant(),
                today.plusDays(Appointments.MAX_LIST_DAYS - 366)
                        .atStartOfDay(practice.zone())
                        .toInstant());
        upcoming = all.stream()
                .filter(e -> e.appointment().getStartsAt().isAfter(now)
                        && e.appointment().getStatus() == Appointment.Status.BOOKED)
                .toList();
        past = new java.util.ArrayList<>(
                all.stream().filter(e -> !upcoming.contains(e)).toList());
        java.util.Collections.reverse(past);
    }

    public void cancel(long id) {
        try {
            booking.cancel(id, "Cancelled online by the client");
            Messages.addGlobalInfo("appointments.cancelled");
        } catch (BusinessException e) {
            Messages.addGlobalError(e.getMessage());
        }
        load();
    }

    /** Whether the client may still cancel or move it online, before the cut-off. */
    public boolean changeable(Appointment a) {
        return !a.pastCutoff(Instant.now(), cutoff);
    }

    public long getCutoffHours() {
        return cutoff.toHours();
    }

    /** When an appointment is, in words and UK time. */
    public String when(Appointment a) {
        var at = a.getStartsAt().atZone(practice.zone());
        return Dates.at(at);
    }

    public List<Diaries.DiaryEntry> getUpcoming() {
        return upcoming;
    }

    public List<Diaries.DiaryEntry> getPast() {
        return past;
    }
}
