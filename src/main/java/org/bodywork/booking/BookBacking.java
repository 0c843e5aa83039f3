package org.bodywork.booking;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.bodywork.qualification.Directory;
import org.bodywork.shared.BusinessException;
import org.bodywork.shared.Dates;
import org.bodywork.shared.Practice;
import org.bodywork.shared.Texts;
import org.bodywork.shared.Words;
import org.omnifaces.cdi.Param;
import org.omnifaces.util.Messages;
import org.primefaces.PrimeFaces;

/**
 * {@code /booking/book}: a client picks a service, a therapist (or any bookable one), a free time in
 * a week, and confirms; with {@code ?reschedule=id} the same steps move an appointment.
 */
@Named
@ViewScoped
public class BookBacking implements Serializable {

    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM", Locale.UK);
    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.UK);

    /** A free time: with whom and when. */
    public record Time(long therapistId, Instant start) implements Serializable {}

    /** A time to choose, and what its button says. */
    public record Choice(Time time, String label) implements java.io.Serializable {
        public String start() {
            return time.start().toString();
        }
    }

    /** A day of the week shown, with its free times. */
    public record Day(String label, List<Choice> choices) implements java.io.Serializable {}

    @Inject
    BookingService booking;

    @Inject
    Appointments appointments;

    @Inject
    Menu menu;

    @Inject
    Availability availability;

    @Inject
    Directory directory;

    @Inject
    Practice practice;

    @Inject
    @Param(name = "reschedule")
    Long reschedule;

    /** A treatment chosen elsewhere, e.g. a link "book with Tess", to open the page with. */
    @Inject
    @Param(name = "service")
    Long serviceParam;

    @Inject
    @Param(name = "therapist")
    Long therapistParam;

    private List<Service> services;
    private List<Directory.Listing> therapists;
    private List<Day> days;
    private Long serviceId;
    private long therapistId;
    private LocalDate weekOf;
    private Time chosen;
    /** The chosen time in words (service, therapist, day and time), made when it is chosen. */
    private String summary;

    private String rescheduling;

    @PostConstruct
    void load() {
        services = menu.services();
        weekOf = practice.today();
        serviceId = serviceParam;
        therapistId = therapistParam == null ? 0 : therapistParam;
        if (reschedule != null) {
            try {
                Appointment a = appointments.appointment(reschedule);
                // Say so now, not after the client has chosen a new time.
                a.requireChangeable(
                        Appointment.Actor.CLIENT, Instant.now(), menu.rules().cutoff(), "move");
                serviceId = a.getServiceId();
                therapistId = a.getTherapistId();
                rescheduling = Dates.at(a.getStartsAt().atZone(practice.zone()));
            } catch (BusinessException e) {
                reschedule = null;
                serviceId = null;
                therapistId = 0;
                Messages.addGlobalError(e.getMessage());
            }
        }
        refresh();
    }

    /** After any choice: the therapists for the service and the week's free times. */
    public void refresh() {
        chosen = null;
        summary = null;
        Optional<Service> service = service();
        therapists = service.map(s -> directory.directory(Optional.of(s.getTechnique())))
                .orElse(List.of());
        if (reschedule == null && therapists.stream().noneMatch(t -> t.id() == therapistId)) {
            therapistId = 0;
        }
        days = service.map(this::week).orElse(List.of());
    }

    private List<Day> week(Service s) {
        LocalDate to = weekOf.plusDays(6);
        Map<LocalDate, List<Choice>> byDay = new LinkedHashMap<>();
        for (LocalDate d = weekOf; !d.isAfter(to); d = d.plusDays(1)) {
            byDay.put(d, new ArrayList<>());
        }
        List<Availability.Offer> offers = therapistId == 0
                ? availability.anyAvailability(s.getId(), weekOf, to)
                : availability.availability(therapistId, s.getId(), weekOf, to).stream()
                        .map(slot -> new Availability.Offer(therapistId, "", slot))
                        .toList();
        java.util.Set<Instant> shown = new java.util.HashSet<>();
        for (Availability.Offer o : offers) {
            if (!shown.add(o.slot().start())) {
                // "Anyone": one button per time, with the first therapist free then, not one per therapist.
                continue;
            }
            var at = o.slot().start().atZone(practice.zone());
            String label = TIME.format(at);
            byDay.get(at.toLocalDate())
                    .add(new Choice(new Time(o.therapistId(), o.slot().start()), label));
        }
        List<Day> week = new ArrayList<>();
        byDay.forEach((d, choices) -> week.add(new Day(DAY.format(d), choices)));
        return week;
    }

    public void previousWeek() {
        LocalDate earlier = weekOf.minusDays(7);
        weekOf = earlier.isBefore(practice.today()) ? practice.today() : earlier;
        refresh();
        focus(isFirstWeek() ? "book:next" : "book:previous");
    }

    public void nextWeek() {
        weekOf = weekOf.plusDays(7);
        refresh();
        focus("book:next");
    }

    public void choose(Time time) {
        chosen = time;
        String name = therapists.stream()
                .filter(t -> t.id() == time.therapistId())
                .map(Directory.Listing::name)
                .findFirst()
                .orElse(Words.text("booking.yourTherapist"));
        summary = Texts.get(
                "book.summary",
                service().map(Service::getName).orElse(""),
                name,
                Dates.at(time.start().atZone(practice.zone())));
        // A keyboard or screen-reader user goes on at the confirmation, which reads the summary.
        focus("book:confirmButton");
    }

    /**
     * The form is redrawn, and the button pressed with it; focus goes to the button meant, not to the
     * top of the page (PrimeFaces' own focus skips buttons, hence the script).
     */
    private static void focus(String id) {
        PrimeFaces.current().executeScript("document.getElementById('" + id + "').focus();");
    }

    /** Books or moves; a refusal is shown in the service's words and nothing is saved. */
    public String confirm() {
        if (chosen == null || service().isEmpty()) {
            Messages.addGlobalError("book.chooseFirst");
            return null;
        }
        try {
            if (reschedule != null) {
                booking.reschedule(reschedule, chosen.start());
                Messages.addFlashGlobalInfo("book.moved", summary);
            } else {
                booking.book(chosen.therapistId(), serviceId, chosen.start());
                Messages.addFlashGlobalInfo("book.booked", summary);
            }
            return "/booking/appointments?faces-redirect=true";
        } catch (BusinessException e) {
            Messages.addGlobalError(e.getMessage());
            refresh();
            return null;
        }
    }

    public String getSummary() {
        return summary;
    }

    private Optional<Service> service() {
        return services.stream().filter(s -> s.getId().equals(serviceId)).findFirst();
    }

    public String getWeekLabel() {
        return DAY.format(weekOf) + " to " + DAY.format(weekOf.plusDays(6));
    }

    public boolean isFirstWeek() {
        return !weekOf.isAfter(practice.today());
    }

    public List<Service> getServices() {
        return services;
    }

    public List<Directory.Listing> getTherapists() {
        return therapists;
    }

    public List<Day> getDays() {
        return days;
    }

    public Long getServiceId() {
        return serviceId;
    }

    public void setServiceId(Long serviceId) {
        this.serviceId = serviceId;
    }

    public long getTherapistId() {
        return therapistId;
    }

    public void setTherapistId(long therapistId) {
        this.therapistId = therapistId;
    }

    public Time getChosen() {
        return chosen;
    }

    public boolean isRescheduling() {
        return reschedule != null;
    }

    public String getMoving() {
        return rescheduling;
    }

    public Long getReschedule() {
        return reschedule;
    }
}
