package org.bodywork.booking;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.bodywork.identity.Account;
import org.bodywork.identity.AccountService;
import org.bodywork.identity.Caller;
import org.bodywork.identity.Role;
import org.bodywork.intake.IntakeRecords;
import org.bodywork.screening.Result;
import org.bodywork.shared.Practice;

/** Appointments with who and what, for lists and calendars; a diary adds each client's screening. */
@Stateless
public class Diaries {

    @Inject
    Appointments booking;

    @Inject
    Caller caller;

    @Inject
    AccountService accounts;

    @Inject
    IntakeRecords intakes;

    @Inject
    Menu menu;

    @Inject
    Practice practice;

    /** A diary line: the appointment with who, what, and the client's screening for its day. */
    public record DiaryEntry(
            Appointment appointment, String clientName, String therapistName, Service service, Result screening)
            implements java.io.Serializable {}

    /** The caller's appointments in a range with who and what, for lists and calendars. */
    @RolesAllowed({Role.CLIENT_NAME, Role.THERAPIST_NAME, Role.ADMIN_NAME})
    public List<DiaryEntry> listed(Instant from, Instant to) {
        return entries(booking.appointments(from, to), Map.of());
    }

    /**
     * A diary: the appointments of the signed-in therapist (or, for an admin, of one therapist or all)
     * with client, service and the client's screening for the appointment's day.
     */
    @RolesAllowed({Role.THERAPIST_NAME, Role.ADMIN_NAME})
    public List<DiaryEntry> diary(Optional<Long> therapistId, Instant from, Instant to) {
        Account me = caller.account();
        List<Appointment> appointments = booking.appointments(from, to);
        if (me.has(Role.ADMIN) && therapistId.isPresent()) {
            appointments = appointments.stream()
                    .filter(a -> a.getTherapistId() == therapistId.get())
                    .toList();
        }
        ZoneId zone = practice.zone();
        Map<LocalDate, Map<Long, Result>> screenings = new HashMap<>();
        appointments.stream()
                .filter(a -> a.getStatus() == Appointment.Status.BOOKED)
                .collect(Collectors.groupingBy(
                        a -> LocalDate.ofInstant(a.getStartsAt(), zone),
                        Collectors.mapping(Appointment::getClientId, Collectors.toCollection(TreeSet::new))))
                .forEach((day, clients) -> screenings.put(day, intakes.screeningsOn(clients, day)));
        return entries(appointments, screenings);
    }

    private List<DiaryEntry> entries(List<Appointment> appointments, Map<LocalDate, Map<Long, Result>> screenings) {
        ZoneId zone = practice.zone();
        Map<Long, String> names = new HashMap<>();
        Map<Long, Service> services = new HashMap<>();
        List<DiaryEntry> entries = new ArrayList<>();
        for (Appointment a : appointments) {
            Result screening = screenings
                    .getOrDefault(LocalDate.ofInstant(a.getStartsAt(), zone), Map.of())
                    .get(a.getClientId());
            entries.add(new DiaryEntry(
                    a,
                    names.computeIfAbsent(a.getClientId(), this::name),
                    names.computeIfAbsent(a.getTherapistId(), this::name),
                    services.computeIfAbsent(a.getServiceId(), menu::service),
                    screening));
        }
        return entries;
    }

    private String name(long accountId) {
        return accounts.find(accountId).map(Account::getName).orElse("(unknown)");
    }
}
