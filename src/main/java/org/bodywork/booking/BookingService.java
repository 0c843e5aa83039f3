package org.bodywork.booking;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.bodywork.identity.Account;
import org.bodywork.identity.AccountService;
import org.bodywork.identity.Role;
import org.bodywork.intake.IntakeService;
import org.bodywork.notification.AppointmentEvent;
import org.bodywork.notification.Notifications;
import org.bodywork.qualification.QualificationService;
import org.bodywork.qualification.QualificationService.Standing;
import org.bodywork.screening.Result;
import org.bodywork.shared.BusinessException;
import org.bodywork.shared.Database;
import org.bodywork.shared.Practice;
import org.bodywork.shared.Words;

// Over 300 lines, not split yet: splitting it along its callers' seams (menu and rules, hours and
// exceptions, availability, appointments, diaries) is issue 21, next after issue 20.

/**
 * Booking: the practice's services and rules (admins), therapists' weeks and time off, free slots
 * (anyone), and appointments - booked by clients, cancelled, moved and closed by clients, their
 * therapist or an admin.
 *
 * <p>No two appointments of one therapist can overlap: booking and moving lock the therapist's and
 * the client's account rows (always in id order, so two requests never wait on each other in a
 * circle), then check for overlaps and insert in the same transaction. Connections read committed
 * data, so the check sees everything the previous lock holder committed, on any server.
 */
@Stateless
public class BookingService {

    /** The longest span one list of appointments may cover. */
    static final int MAX_LIST_DAYS = 400;

    private static final Set<Appointment.Status> TAKING_TIME =
            EnumSet.of(Appointment.Status.BOOKED, Appointment.Status.NO_SHOW);

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext session;

    @Inject
    AccountService accounts;

    @Inject
    IntakeService intakes;

    @Inject
    QualificationService qualifications;

    @Inject
    Practice practice;

    @Inject
    Database database;

    @Inject
    Notifications notifications;

    /** A free slot with the therapist who has it, for "any bookable therapist". */
    public record Offer(long therapistId, String therapistName, Slots.Slot slot) {}

    /** A diary line: the appointment with who, what, and the client's screening for its day. */
    public record DiaryEntry(
            Appointment appointment, String clientName, String therapistName, Service service, Result screening) {}

    // Services and rules

    @PermitAll
    public List<Service> services() {
        return em.createNamedQuery("Service.active", Service.class).getResultList();
    }

    @RolesAllowed(Role.ADMIN_NAME)
    public List<Service> allServices() {
        return em.createNamedQuery("Service.all", Service.class).getResultList();
    }

    /** Adds a service (no id) or changes one. */
    @RolesAllowed(Role.ADMIN_NAME)
    public Service saveService(Long id, NewService request) {
        Optional<Service> sameName = em.createNamedQuery("Service.byName", Service.class)
                .setParameter("name", request.name())
                .getResultStream()
                .findFirst();
        if (sameName.isPresent() && !sameName.get().getId().equals(id)) {
            throw new BusinessException(
                    BusinessException.Kind.CONFLICT,
                    "service_exists",
                    "name",
                    Words.text("booking.there-is-already-a-service", String.valueOf(request.name())));
        }
        if (id == null) {
            Service service = new Service(request);
            em.persist(service);
            return service;
        }
        Service service = em.find(Service.class, id);
        if (service == null) {
            throw noService();
        }
        service.change(request);
        return service;
    }

    @PermitAll
    public Service service(long id) {
        return Optional.ofNullable(em.find(Service.class, id)).orElseThrow(BookingService::noService);
    }

    @PermitAll
    public BookingRules rules() {
        return em.find(BookingRules.class, BookingRules.ID);
    }

    @RolesAllowed(Role.ADMIN_NAME)
    public BookingRules saveRules(int noticeHours, int horizonDays, int stepMinutes, int cutoffHours) {
        BookingRules rules = rules();
        rules.change(noticeHours, horizonDays, stepMinutes, cutoffHours);
        return rules;
    }

    // Therapists' time

    @RolesAllowed(Role.THERAPIST_NAME)
    public List<WeekRange> myWeek() {
        return week(caller().getId());
    }

    /** Replaces the signed-in therapist's week. */
    @RolesAllowed(Role.THERAPIST_NAME)
    public void saveMyWeek(List<WeekRange> week) {
        long me = caller().getId();
        em.createNamedQuery("WorkingHours.of", WorkingHours.class)
                .setParameter("therapist", me)
                .getResultList()
                .forEach(em::remove);
        week.forEach(r -> em.persist(new WorkingHours(me, r)));
    }

    /** The signed-in therapist's time off and extra hours from a day on. */
    @RolesAllowed(Role.THERAPIST_NAME)
    public List<AvailabilityException> myExceptions(LocalDate from) {
        return exceptions(caller().getId(), from, from.plusYears(2));
    }

    @RolesAllowed(Role.THERAPIST_NAME)
    public AvailabilityException addException(LocalDate day, Slots.Hours hours, boolean working, String note) {
        AvailabilityException e = new AvailabilityException(caller().getId(), day, hours, working, note);
        em.persist(e);
        return e;
    }

    @RolesAllowed(Role.THERAPIST_NAME)
    public void removeException(long id) {
        AvailabilityException e = em.find(AvailabilityException.class, id);
        if (e == null || e.getTherapistId() != caller().getId()) {
            throw new BusinessException(
                    BusinessException.Kind.NOT_FOUND, "no_exception", null, Words.text("booking.you-have-no-time-off"));
        }
        em.remove(e);
    }

    // Free slots

    /** A therapist's free slots for a service, on the days they are bookable for its technique. */
    @PermitAll
    public List<Slots.Slot> availability(long therapistId, long serviceId, LocalDate from, LocalDate to) {
        Service service = onMenu(serviceId).orElseThrow(BookingService::noService);
        Standing standing = qualifications.standing(therapistId).orElseThrow(BookingService::noTherapist);
        return free(standing, service, from, to, busy(List.of(therapistId), from, to, null));
    }

    /** Free slots of every therapist bookable for the service, earliest first. */
    @PermitAll
    public List<Offer> anyAvailability(long serviceId, LocalDate from, LocalDate to) {
        Service service = onMenu(serviceId).orElseThrow(BookingService::noService);
        // Only those qualified for the technique at all; the days they are bookable are filtered below.
        List<Standing> standings = qualifications.standings().stream()
                .filter(s ->
                        s.qualifications().stream().anyMatch(q -> q.techniques().contains(service.getTechnique())))
                .toList();
        if (standings.isEmpty()) {
            return List.of();
        }
        Map<Long, List<Slots.Busy>> busy =
                busy(standings.stream().map(Standing::therapistId).toList(), from, to, null);
        List<Offer> offers = new ArrayList<>();
        for (Standing s : standings) {
            free(s, service, from, to, busy).forEach(slot -> offers.add(new Offer(s.therapistId(), s.name(), slot)));
        }
        offers.sort(Comparator.comparing((Offer o) -> o.slot().start()).thenComparing(Offer::therapistName));
        return offers;
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
        List<Slots.DatedHours> dated = exceptions(therapistId, from, to).stream()
                .map(AvailabilityException::dated)
                .toList();
        return Slots.between(
                from,
                to,
                WeekRange.availability(week(therapistId), dated),
                busy,
                service.length(),
                Instant.now(),
                rules().slots(practice.zone()));
    }

    /** Every therapist's taken time in the range, buffers included, read with one indexed query. */
    private Map<Long, List<Slots.Busy>> busy(Collection<Long> therapists, LocalDate from, LocalDate to, Long except) {
        ZoneId zone = practice.zone();
        Map<Long, List<Slots.Busy>> busy = new HashMap<>();
        em.createNamedQuery("Appointment.overlappingForTherapists", Appointment.class)
                .setParameter("therapists", therapists)
                .setParameter("from", from.atStartOfDay(zone).toInstant())
                .setParameter("to", to.plusDays(1).atStartOfDay(zone).toInstant())
                .setParameter("statuses", TAKING_TIME)
                .getResultStream()
                .filter(a -> !a.getId().equals(except))
                .forEach(a -> busy.computeIfAbsent(a.getTherapistId(), k -> new ArrayList<>())
                        .add(new Slots.Busy(a.getStartsAt(), a.getBusyUntil())));
        return busy;
    }

    // Appointments

    /** Books the signed-in client, re-checking everything in this transaction. */
    @RolesAllowed(Role.CLIENT_NAME)
    public Appointment book(long therapistId, long serviceId, Instant start) {
        Account me = caller();
        Service service = onMenu(serviceId)
                .orElseThrow(
                        () -> BusinessException.invalid("serviceId", Words.text("booking.there-is-no-service-with")));
        Standing standing = qualifications
                .standing(therapistId)
                .orElseThrow(() ->
                        BusinessException.invalid("therapistId", Words.text("booking.there-is-no-therapist-with")));
        requireSlot(standing, service, start);
        int review = requireEligible(me.getId(), standing, service, start);
        lock(therapistId, me.getId());
        Appointment appointment = new Appointment(therapistId, me.getId(), service, start);
        requireFree(appointment, null);
        AppointmentChange booked = insert(appointment, me.getEmail());
        intakes.lookAfterOnBooking(therapistId, me.getId());
        tell(appointment, booked, AppointmentEvent.Kind.BOOKED, review);
        return appointment;
    }

    /** The caller's appointments in a range: a client's own, a therapist's diary, everyone's for admins. */
    @RolesAllowed({Role.CLIENT_NAME, Role.THERAPIST_NAME, Role.ADMIN_NAME})
    public List<Appointment> appointments(Instant from, Instant to) {
        if (!to.isAfter(from)) {
            throw BusinessException.invalid("to", Words.text("booking.the-range-must-end-after"));
        }
        if (ChronoUnit.DAYS.between(from, to) > MAX_LIST_DAYS) {
            throw BusinessException.invalid(
                    "to", Words.text("booking.ask-for-at-most-days", String.valueOf(MAX_LIST_DAYS)));
        }
        Account me = caller();
        String query = me.has(Role.ADMIN)
                ? "Appointment.between"
                : me.has(Role.THERAPIST) ? "Appointment.forTherapist" : "Appointment.forClient";
        var q = em.createNamedQuery(query, Appointment.class)
                .setParameter("from", from)
                .setParameter("to", to);
        if (!me.has(Role.ADMIN)) {
            q.setParameter(me.has(Role.THERAPIST) ? "therapist" : "client", me.getId());
        }
        return q.getResultList();
    }

    /** Every appointment the signed-in client has had or has, with each one's changes, oldest first. */
    @RolesAllowed(Role.CLIENT_NAME)
    public Map<Appointment, List<AppointmentChange>> allMine() {
        Map<Appointment, List<AppointmentChange>> all = new java.util.LinkedHashMap<>();
        for (Appointment a : em.createNamedQuery("Appointment.allForClient", Appointment.class)
                .setParameter("client", caller().getId())
                .getResultList()) {
            all.put(
                    a,
                    em.createNamedQuery("AppointmentChange.of", AppointmentChange.class)
                            .setParameter("appointment", a.getId())
                            .getResultList());
        }
        return all;
    }

    /** One appointment the caller may see. */
    @RolesAllowed({Role.CLIENT_NAME, Role.THERAPIST_NAME, Role.ADMIN_NAME})
    public Appointment appointment(long id) {
        return visible(id, caller());
    }

    @RolesAllowed({Role.CLIENT_NAME, Role.THERAPIST_NAME, Role.ADMIN_NAME})
    public List<AppointmentChange> history(long id) {
        visible(id, caller());
        return em.createNamedQuery("AppointmentChange.of", AppointmentChange.class)
                .setParameter("appointment", id)
                .getResultList();
    }

    @RolesAllowed({Role.CLIENT_NAME, Role.THERAPIST_NAME, Role.ADMIN_NAME})
    public Appointment cancel(long id, String reason) {
        Account me = caller();
        Appointment a = visible(id, me);
        AppointmentChange change = a.cancel(actor(a, me), me.getEmail(), Instant.now(), rules().cutoff(), reason);
        em.persist(change);
        tell(a, change, AppointmentEvent.Kind.CANCELLED, 0);
        return a;
    }

    /** Moves an appointment to another free slot of the same therapist and service. */
    @RolesAllowed({Role.CLIENT_NAME, Role.THERAPIST_NAME, Role.ADMIN_NAME})
    public Appointment reschedule(long id, Instant start) {
        Account me = caller();
        Appointment a = visible(id, me);
        Service service = service(a.getServiceId());
        Standing standing = qualifications.standing(a.getTherapistId()).orElseThrow(BookingService::noTherapist);
        requireSlot(standing, service, start);
        int review = requireEligible(a.getClientId(), standing, service, start);
        lock(a.getTherapistId(), a.getClientId());
        em.refresh(a);
        AppointmentChange change =
                a.reschedule(actor(a, me), me.getEmail(), Instant.now(), rules().cutoff(), start, service.length());
        requireFree(a, a.getId());
        em.persist(change);
        tell(a, change, AppointmentEvent.Kind.MOVED, review);
        return a;
    }

    @RolesAllowed({Role.THERAPIST_NAME, Role.ADMIN_NAME})
    public Appointment markNoShow(long id) {
        Account me = caller();
        Appointment a = visible(id, me);
        em.persist(a.markNoShow(me.getEmail(), Instant.now()));
        return a;
    }

    /** The caller's private calendar subscription token, made on first asking. */
    @RolesAllowed(Role.THERAPIST_NAME)
    public String myFeedToken() {
        long me = caller().getId();
        CalendarFeed feed = em.find(CalendarFeed.class, me);
        if (feed == null) {
            feed = new CalendarFeed(me);
            em.persist(feed);
        }
        return feed.getToken();
    }

    /** A new subscription address; the old one answers "not found" from now on. */
    @RolesAllowed(Role.THERAPIST_NAME)
    public String renewFeed() {
        long me = caller().getId();
        CalendarFeed feed = em.find(CalendarFeed.class, me);
        if (feed == null) {
            return myFeedToken();
        }
        feed.renew();
        return feed.getToken();
    }

    /**
     * The diary behind a subscription token, 30 days back to 180 ahead, as iCalendar; empty for an
     * unknown token. Calendar apps fetch it without signing in: the token is the key.
     */
    @PermitAll
    public Optional<String> feed(String token, String practiceName) {
        Optional<CalendarFeed> feed = em.createNamedQuery("CalendarFeed.byToken", CalendarFeed.class)
                .setParameter("token", token)
                .getResultStream()
                .findFirst();
        if (feed.isEmpty()) {
            return Optional.empty();
        }
        long therapistId = feed.get().getTherapistId();
        Instant now = Instant.now();
        List<Appointment> appointments = em.createNamedQuery("Appointment.forTherapist", Appointment.class)
                .setParameter("therapist", therapistId)
                .setParameter("from", now.minus(java.time.Duration.ofDays(30)))
                .setParameter("to", now.plus(java.time.Duration.ofDays(180)))
                .getResultList();
        Account therapist = accounts.find(therapistId).orElseThrow();
        Map<Long, String> names = new java.util.HashMap<>();
        List<AppointmentEvent> events = new ArrayList<>();
        for (Appointment a : appointments) {
            String client = names.computeIfAbsent(
                    a.getClientId(),
                    id -> accounts.find(id).map(Account::getName).orElse(""));
            events.add(new AppointmentEvent(
                    a.getId(),
                    0,
                    a.getStatus() == Appointment.Status.CANCELLED || a.getStatus() == Appointment.Status.LATE_CANCELLED
                            ? AppointmentEvent.Kind.CANCELLED
                            : AppointmentEvent.Kind.BOOKED,
                    service(a.getServiceId()).getName(),
                    a.getStartsAt(),
                    a.getEndsAt(),
                    null,
                    (int) a.getVersion(),
                    new AppointmentEvent.Party("", client),
                    new AppointmentEvent.Party(therapist.getEmail(), therapist.getName())));
        }
        return Optional.of(new org.bodywork.notification.Invitation(practice.zone(), therapist.getEmail())
                .feed(events, practiceName + ": " + therapist.getName()));
    }

    /** The caller's appointments in a range with who and what, for lists and calendars. */
    @RolesAllowed({Role.CLIENT_NAME, Role.THERAPIST_NAME, Role.ADMIN_NAME})
    public List<DiaryEntry> listed(Instant from, Instant to) {
        return entries(appointments(from, to), Map.of());
    }

    /**
     * A diary: the appointments of the signed-in therapist (or, for an admin, of one therapist or all)
     * with client, service and the client's screening for the appointment's day.
     */
    @RolesAllowed({Role.THERAPIST_NAME, Role.ADMIN_NAME})
    public List<DiaryEntry> diary(Optional<Long> therapistId, Instant from, Instant to) {
        Account me = caller();
        List<Appointment> appointments = appointments(from, to);
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
                    services.computeIfAbsent(a.getServiceId(), this::service),
                    screening));
        }
        return entries;
    }

    // Demo data

    /** Demo services, weeks and appointments, for the demo database only. */
    @PermitAll
    public void seedDemo(List<NewService> menu, Map<Long, List<WeekRange>> weeks, List<DemoBooking> bookings) {
        database.requireDemo("Demo appointments");
        if (!services().isEmpty()) {
            return;
        }
        menu.forEach(s -> em.persist(new Service(s)));
        seedDemoBookings(weeks, bookings);
    }

    /** More demo weeks and appointments on the menu there is (the load test's practice, in chunks). */
    @PermitAll
    public void seedDemoBookings(Map<Long, List<WeekRange>> weeks, List<DemoBooking> bookings) {
        database.requireDemo("Demo appointments");
        weeks.forEach((therapist, week) -> week.forEach(r -> em.persist(new WorkingHours(therapist, r))));
        em.flush();
        Map<String, Service> byName = new java.util.HashMap<>();
        for (DemoBooking b : bookings) {
            Service service = byName.computeIfAbsent(
                    b.service(),
                    name -> em.createNamedQuery("Service.byName", Service.class)
                            .setParameter("name", name)
                            .getSingleResult());
            Appointment a = new Appointment(b.therapistId(), b.clientId(), service, b.start());
            insert(a, "demo");
            if (b.status() != Appointment.Status.BOOKED) {
                em.persist(
                        b.status() == Appointment.Status.NO_SHOW
                                ? a.markNoShow("demo", b.start().plusSeconds(60))
                                : a.cancel(
                                        Appointment.Actor.CLIENT,
                                        "demo",
                                        b.start().minus(java.time.Duration.ofDays(3)),
                                        rules().cutoff(),
                                        "Demo"));
            }
            intakes.seedDemoAssignment(b.therapistId(), b.clientId());
        }
    }

    /** A demo appointment. */
    public record DemoBooking(
            long therapistId, long clientId, String service, Instant start, Appointment.Status status) {}

    // The rest

    /** Stores a new appointment and the first line of its history, which needs its id. */
    private AppointmentChange insert(Appointment a, String by) {
        em.persist(a);
        em.flush();
        AppointmentChange booked = a.booked(by);
        em.persist(booked);
        return booked;
    }

    /**
     * Tells the client and the therapist, by e-mail written in this same transaction; and the client,
     * before the day, to check a form that will be {@code reviewMonths} old by then (0: it will not).
     */
    private void tell(Appointment a, AppointmentChange change, AppointmentEvent.Kind kind, int reviewMonths) {
        em.flush();
        Account client = accounts.find(a.getClientId()).orElseThrow();
        Account therapist = accounts.find(a.getTherapistId()).orElseThrow();
        int sequence = em.createNamedQuery("AppointmentChange.of", AppointmentChange.class)
                        .setParameter("appointment", a.getId())
                        .getResultList()
                        .size()
                - 1;
        AppointmentEvent event = new AppointmentEvent(
                a.getId(),
                change.getId(),
                kind,
                service(a.getServiceId()).getName(),
                a.getStartsAt(),
                a.getEndsAt(),
                change.getFromStart(),
                sequence,
                new AppointmentEvent.Party(client.getEmail(), client.getName()),
                new AppointmentEvent.Party(therapist.getEmail(), therapist.getName()));
        notifications.appointment(event);
        notifications.intakeReview(event, a.getClientId(), reviewMonths);
    }

    private void requireSlot(Standing standing, Service service, Instant start) {
        LocalDate day = LocalDate.ofInstant(start, practice.zone());
        // Free or not is checked under the lock; here only whether the time is one of the day's slots.
        boolean slot = slots(standing.therapistId(), service, day, day, List.of()).stream()
                .anyMatch(s -> s.start().equals(start));
        if (!slot) {
            throw new BusinessException(
                    BusinessException.Kind.INVALID,
                    "not_a_slot",
                    "start",
                    Words.text("booking.that-time-is-not-one", String.valueOf(standing.name())));
        }
    }

    /**
     * Refuses a client who may not have the service on the day. The form must be current today; one
     * that will be out of date by the day is allowed, and the answer is its validity in months so
     * the client can be asked to check it before then (0 when it stays current).
     */
    private int requireEligible(long clientId, Standing standing, Service service, Instant start) {
        LocalDate day = LocalDate.ofInstant(start, practice.zone());
        Optional<IntakeService.Submission> form = intakes.screenedFor(clientId, day);
        boolean currentNow =
                form.isPresent() && practice.today().isBefore(form.get().currentUntil());
        Optional<Eligibility.Intake> intake =
                form.map(s -> new Eligibility.Intake(s.version().getAssessedOn(), currentNow, s.screening()));
        Eligibility.check(
                        intake,
                        service.getTechnique(),
                        day,
                        standing.bookable(service.getTechnique(), day),
                        standing.name())
                .ifPresent(r -> {
                    throw new BusinessException(BusinessException.Kind.REFUSED, r.code(), null, r.message());
                });
        IntakeService.Submission s = form.orElseThrow();
        return s.current() ? 0 : (int) ChronoUnit.MONTHS.between(s.version().getAssessedOn(), s.currentUntil());
    }

    /** Row locks on both accounts, in id order, held until the transaction ends. */
    private void lock(long therapistId, long clientId) {
        for (long id : new TreeSet<>(List.of(therapistId, clientId))) {
            em.createNativeQuery("SELECT id FROM account WHERE id = ? FOR UPDATE")
                    .setParameter(1, id)
                    .getResultList();
        }
    }

    private void requireFree(Appointment a, Long except) {
        boolean therapistBusy = em.createNamedQuery("Appointment.overlappingForTherapist", Appointment.class)
                .setParameter("therapist", a.getTherapistId())
                .setParameter("from", a.getStartsAt())
                .setParameter("to", a.getBusyUntil())
                .setParameter("statuses", TAKING_TIME)
                .getResultStream()
                .anyMatch(b -> !b.getId().equals(except));
        if (therapistBusy) {
            throw new BusinessException(
                    BusinessException.Kind.CONFLICT,
                    "slot_taken",
                    "start",
                    Words.text("booking.sorry-someone-has-just-booked"));
        }
        boolean clientBusy = em.createNamedQuery("Appointment.overlappingForClient", Appointment.class)
                .setParameter("client", a.getClientId())
                .setParameter("from", a.getStartsAt())
                .setParameter("to", a.getEndsAt())
                .setParameter("statuses", TAKING_TIME)
                .getResultStream()
                .anyMatch(b -> !b.getId().equals(except));
        if (clientBusy) {
            throw new BusinessException(
                    BusinessException.Kind.CONFLICT,
                    "client_busy",
                    "start",
                    Words.text("booking.you-already-have-an-appointment"));
        }
    }

    private Appointment visible(long id, Account me) {
        Appointment a = em.find(Appointment.class, id);
        boolean mine = a != null
                && (me.has(Role.ADMIN)
                        || (me.has(Role.THERAPIST) && a.getTherapistId() == me.getId())
                        || (me.has(Role.CLIENT) && a.getClientId() == me.getId()));
        if (!mine) {
            // The same answer whether it exists or not: nothing leaks about other people's appointments.
            throw new BusinessException(
                    BusinessException.Kind.NOT_FOUND,
                    "no_appointment",
                    null,
                    Words.text("booking.you-have-no-appointment-with"));
        }
        return a;
    }

    private static Appointment.Actor actor(Appointment a, Account me) {
        return me.has(Role.ADMIN) || a.getTherapistId() == me.getId()
                ? Appointment.Actor.PRACTICE
                : Appointment.Actor.CLIENT;
    }

    private List<WeekRange> week(long therapistId) {
        return em.createNamedQuery("WorkingHours.of", WorkingHours.class)
                .setParameter("therapist", therapistId)
                .getResultStream()
                .map(WorkingHours::range)
                .toList();
    }

    private List<AvailabilityException> exceptions(long therapistId, LocalDate from, LocalDate to) {
        return em.createNamedQuery("AvailabilityException.between", AvailabilityException.class)
                .setParameter("therapist", therapistId)
                .setParameter("from", from)
                .setParameter("to", to)
                .getResultList();
    }

    /** A service on the menu; asked for in a path it is not found, in a booking's body it is invalid input. */
    private Optional<Service> onMenu(long id) {
        return Optional.ofNullable(em.find(Service.class, id)).filter(Service::isActive);
    }

    private String name(long accountId) {
        return accounts.find(accountId).map(Account::getName).orElse("(unknown)");
    }

    private Account caller() {
        return accounts.findByEmail(session.getCallerPrincipal().getName()).orElseThrow();
    }

    private static BusinessException noService() {
        return new BusinessException(
                BusinessException.Kind.NOT_FOUND, "no_service", null, Words.text("booking.there-is-no-service-with-2"));
    }

    private static BusinessException noTherapist() {
        return new BusinessException(
                BusinessException.Kind.NOT_FOUND,
                "no_therapist",
                null,
                Words.text("booking.there-is-no-therapist-with"));
    }
}
