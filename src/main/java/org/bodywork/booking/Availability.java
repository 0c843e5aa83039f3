package org.bodywork.booking;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.bodywork.qualification.Directory;
import org.bodywork.qualification.Directory.Standing;
import org.bodywork.shared.BusinessException;
import org.bodywork.shared.Practice;
import org.bodywork.shared.Words;

/**
 * Free slots: a therapist's week and exceptions, less their taken time, within the practice's notice
 * and horizon, on the days they are bookable for the service's technique. Anyone may ask.
 */
@Stateless
public class Availability {

    @PersistenceContext
    EntityManager em;

    @Inject
    Menu menu;

    @Inject
    TherapistHours hours;

    @Inject
    Directory directory;

    @Inject
    Practice practice;

    /** A free slot with the therapist who has it, for "any bookable therapist". */
    public record Offer(long therapistId, String therapistName, Slots.Slot slot) {}

    /** A therapist's free slots for a service, on the days they are bookable for its technique. */
    @PermitAll
    public List<Slots.Slot> availability(long therapistId, long serviceId, LocalDate from, LocalDate to) {
        // Before any query: an anonymous range of centuries must not read every appointment (issue 23, L5).
        Slots.requireRange(from, to);
        Service service = menu.onMenu(serviceId).orElseThrow(Menu::noService);
        Standing standing = directory.standing(therapistId).orElseThrow(Availability::noTherapist);
        return free(standing, service, from, to, busy(List.of(therapistId), from, to));
    }

    /** Free slots of every therapist bookable for the service, earliest first. */
    @PermitAll
    public List<Offer> anyAvailability(long serviceId, LocalDate from, LocalDate to) {
        Slots.requireRange(from, to);
        Service service = menu.onMenu(serviceId).orElseThrow(Menu::noService);
        // Only those qualified for the technique at all; the days they are bookable are filtered below.
        List<Standing> standings = directory.standings().stream()
                .filter(s ->
                        s.qualifications().stream().anyMatch(q -> q.techniques().contains(service.getTechnique())))
                .toList();
        if (standings.isEmpty()) {
            return List.of();
        }
        Map<Long, List<Slots.Busy>> busy =
                busy(standings.stream().map(Standing::therapistId).toList(), from, to);
        List<Offer> offers = new ArrayList<>();
        for (Standing s : standings) {
            free(s, service, from, to, busy).forEach(slot -> offers.add(new Offer(s.therapistId(), s.name(), slot)));
        }
        offers.sort(Comparator.comparing((Offer o) -> o.slot().start()).thenComparing(Offer::therapistName));
        return offers;
    }

    /**
     * Whether a time is one of the therapist's slots for the service that day, taken or not: whether
     * it is free is for the booking to check, under its lock.
     */
    @PermitAll
    public boolean isSlot(long therapistId, Service service, Instant start) {
        LocalDate day = LocalDate.ofInstant(start, practice.zone());
        return slots(therapistId, service, day, day, List.of()).stream()
                .anyMatch(s -> s.start().equals(start));
    }

    private List<Slots.Slot> free(
            Standing standing, Service service, LocalDate from, LocalDate to, Map<Long, List<Slots.Busy>> busy) {
        ZoneId zone = practice.zone();
        return slots(standing.therapistId(), service, from, to, busy.getOrDefault(standing.therapistId(), List.of()))
                .stream()
                .filter(s -> standing.bookable(service.getTechnique(), LocalDate.ofInstant(s.start(), zone)))
                .toList();
    }

    /** The therapist's slots for the service in the range, less the busy time, within notice and horizon. */
    private List<Slots.Slot> slots(
            long therapistId, Service service, LocalDate from, LocalDate to, List<Slots.Busy> busy) {
        List<Slots.DatedHours> dated = hours.exceptions(therapistId, from, to).stream()
                .map(AvailabilityException::dated)
                .toList();
        return Slots.between(
                from,
                to,
                WeekRange.availability(hours.week(therapistId), dated),
                busy,
                service.length(),
                Instant.now(),
                menu.rules().slots(practice.zone()));
    }

    /** Every therapist's taken time in the range, buffers included, read with one indexed query. */
    private Map<Long, List<Slots.Busy>> busy(Collection<Long> therapists, LocalDate from, LocalDate to) {
        ZoneId zone = practice.zone();
        Map<Long, List<Slots.Busy>> busy = new HashMap<>();
        em.createNamedQuery("Appointment.overlappingForTherapists", Appointment.class)
                .setParameter("therapists", therapists)
                .setParameter("from", from.atStartOfDay(zone).toInstant())
                .setParameter("to", to.plusDays(1).atStartOfDay(zone).toInstant())
                .setParameter("statuses", BookingService.TAKING_TIME)
                .getResultStream()
                .forEach(a -> busy.computeIfAbsent(a.getTherapistId(), k -> new ArrayList<>())
                        .add(new Slots.Busy(a.getStartsAt(), a.getBusyUntil())));
        return busy;
    }

    static BusinessException noTherapist() {
        return BusinessException.notFound("no_therapist", Words.text("booking.there-is-no-therapist-with"));
    }
}
