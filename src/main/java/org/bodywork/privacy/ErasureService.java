package org.bodywork.privacy;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.bodywork.audit.AuditEvent;
import org.bodywork.audit.AuditLog;
import org.bodywork.booking.Appointment;
import org.bodywork.booking.BookingService;
import org.bodywork.identity.Account;
import org.bodywork.identity.AccountService;
import org.bodywork.identity.Caller;
import org.bodywork.identity.Role;
import org.bodywork.intake.ClientIntake;
import org.bodywork.notes.NoteReading;
import org.bodywork.notes.Retention;
import org.bodywork.shared.BusinessException;
import org.bodywork.shared.Practice;
import org.bodywork.shared.Words;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A client's right to be forgotten (UK GDPR article 17). Asking closes the account at once and
 * cancels the appointments to come; within the month the law allows, an admin or the nightly job
 * carries it out: everything the practice need not keep is erased then, and the clinical records
 * (health forms, treatments and their notes) when their retention period ends.
 */
@Stateless
public class ErasureService {

    private static final Logger LOG = Logger.getLogger(ErasureService.class.getName());

    static final String RECORD = "erasure_request";

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext session;

    @Inject
    Caller caller;

    @Inject
    AccountService accounts;

    @Inject
    ClientIntake intakes;

    @Inject
    BookingService booking;

    @Inject
    NoteReading notes;

    @Inject
    AuditLog audit;

    @Inject
    Practice practice;

    @Inject
    @ConfigProperty(name = "bodywork.notes.retention-years", defaultValue = "8")
    int retentionYears;

    /** Days a request waits before the nightly job carries it out, so a client may still change their mind. */
    @Inject
    @ConfigProperty(name = "bodywork.erasure.grace-days", defaultValue = "7")
    int graceDays;

    /**
     * What erasing the client means: nothing kept ({@code keepUntil} null) or the clinical records
     * kept until a day. With a status once they have asked.
     */
    public record Plan(ErasureRequest.Status status, LocalDate requestedOn, LocalDate dueOn, LocalDate keepUntil) {
        public boolean requested() {
            return status != null;
        }

        public boolean keeps() {
            return keepUntil != null;
        }
    }

    /** A request as admins see it. */
    public record Entry(
            long id,
            long clientId,
            String client,
            LocalDate requestedOn,
            LocalDate dueOn,
            ErasureRequest.Status status,
            LocalDate heldUntil,
            boolean overdue,
            Instant carriedOutAt,
            String carriedOutBy) {}

    /** The signed-in client's request, or what one would keep if they made it now. */
    @RolesAllowed(Role.CLIENT_NAME)
    public Plan mine() {
        Account me = caller.account();
        return of(me.getId()).map(ErasureService::plan).orElseGet(() -> new Plan(null, null, null, keepUntil()));
    }

    /**
     * The signed-in client asks to be erased, after their password again: their appointments to come
     * are cancelled (their therapists are told as usual) and the account is closed.
     */
    @RolesAllowed(Role.CLIENT_NAME)
    public Plan request(String password) {
        Account me = accounts.reauthenticated(password);
        if (of(me.getId()).isPresent()) {
            throw BusinessException.conflict(
                    "already_requested", null, Words.text("privacy.you-have-already-asked-for"));
        }
        LocalDate keep = keepUntil();
        Instant now = Instant.now();
        for (Appointment a : booking.allMine().keySet()) {
            if (a.getStatus() == Appointment.Status.BOOKED && a.getStartsAt().isAfter(now)) {
                booking.cancel(a.getId(), Words.text("privacy.accountClosed"));
            }
        }
        ErasureRequest r = new ErasureRequest(me.getId(), practice.today(), keep);
        em.persist(r);
        em.flush();
        accounts.closeMine();
        audit.record(
                AuditEvent.Action.ERASURE_REQUESTED,
                RECORD,
                r.getId(),
                me.getId(),
                keep == null ? "nothing to keep" : "clinical records kept until " + keep);
        LOG.info(() -> "Client " + me.getId() + " asked to be erased; due " + r.getDueOn());
        return plan(r);
    }

    /** Every request, newest first. */
    @RolesAllowed(Role.ADMIN_NAME)
    public List<Entry> all() {
        LocalDate today = practice.today();
        List<Entry> entries = new ArrayList<>();
        for (ErasureRequest r :
                em.createNamedQuery("ErasureRequest.all", ErasureRequest.class).getResultList()) {
            entries.add(entry(r, today));
        }
        return entries;
    }

    /** An admin carries a pending request out now rather than wait for the nightly job. */
    @RolesAllowed(Role.ADMIN_NAME)
    public Entry carryOut(long id) {
        ErasureRequest r = locked(id)
                .orElseThrow(() ->
                        BusinessException.notFound("no_such_request", Words.text("privacy.there-is-no-such-erasure")));
        carryOut(r, practice.today());
        return entry(r, practice.today());
    }

    /** Requests with something to do today: pending past their grace days, or held past retention. */
    @PermitAll
    public List<Long> due(LocalDate today) {
        return em.createNamedQuery("ErasureRequest.open", ErasureRequest.class)
                .setParameter("erased", ErasureRequest.Status.ERASED)
                .getResultStream()
                .filter(r -> r.ripe(today, graceDays) || r.holdEnded(today))
                .map(ErasureRequest::getId)
                .toList();
    }

    /**
     * Does what is due on one request, in its own transaction; safe when two servers' jobs race, as
     * the request is locked and looked at again. True when something was done.
     */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean settle(long id, LocalDate today) {
        Optional<ErasureRequest> found = locked(id);
        if (found.isEmpty()) {
            return false;
        }
        ErasureRequest r = found.get();
        if (r.ripe(today, graceDays)) {
            carryOut(r, today);
            return true;
        }
        if (r.holdEnded(today)) {
            endHold(r);
            return true;
        }
        return false;
    }

    /** For admins: what the nightly job would do, now. */
    @RolesAllowed(Role.ADMIN_NAME)
    public int settleDue() {
        ErasureService self = session.getBusinessObject(ErasureService.class);
        LocalDate today = practice.today();
        int done = 0;
        for (long id : due(today)) {
            if (self.settle(id, today)) {
                done++;
            }
        }
        return done;
    }

    private void carryOut(ErasureRequest r, LocalDate today) {
        Account client = accounts.find(r.getClientId()).orElseThrow();
        Instant now = Instant.now();
        run(Erasure.AT_ONCE, client, now);
        r.carriedOut(AuditLog.actor(session), now);
        em.flush();
        if (r.getStatus() == ErasureRequest.Status.ERASED) {
            run(Erasure.CLINICAL, client, now);
            run(List.of(Erasure.ANONYMISE), client, now);
            audit.record(AuditEvent.Action.ERASED, RECORD, r.getId(), r.getClientId(), "everything");
        } else {
            audit.record(
                    AuditEvent.Action.ERASED,
                    RECORD,
                    r.getId(),
                    r.getClientId(),
                    "all but the clinical records, kept until " + r.getHeldUntil());
            if (r.holdEnded(today)) {
                endHold(r);
            }
        }
        LOG.info(() -> "Erasure request " + r.getId() + " carried out: " + r.getStatus());
    }

    private void endHold(ErasureRequest r) {
        Account client = accounts.find(r.getClientId()).orElseThrow();
        Instant now = Instant.now();
        // The request must say the hold has ended before the database lets the notes go.
        em.flush();
        run(Erasure.CLINICAL, client, now);
        run(List.of(Erasure.ANONYMISE), client, now);
        r.erased(now);
        audit.record(
                AuditEvent.Action.ERASED,
                RECORD,
                r.getId(),
                r.getClientId(),
                "the clinical records, kept until " + r.getHeldUntil());
        LOG.info(() -> "Erasure request " + r.getId() + ": clinical records erased after retention");
    }

    private void run(List<String> statements, Account client, Instant now) {
        LocalDateTime utc = LocalDateTime.ofInstant(now, ZoneOffset.UTC);
        for (String sql : statements) {
            Query q = em.createNativeQuery(sql).setParameter(1, client.getId());
            if (sql.contains("?2")) {
                q.setParameter(2, client.getEmail());
            }
            if (sql.contains("?3")) {
                q.setParameter(3, utc);
            }
            q.executeUpdate();
        }
    }

    /**
     * The last day the caller's clinical records must be kept, or null when there are none: the later
     * of their notes' retention and that of their last treatment, noted or not.
     */
    private LocalDate keepUntil() {
        Optional<LocalDate> noted = notes.myKeepUntil();
        Instant now = Instant.now();
        Optional<LocalDate> lastVisit = booking.allMine().keySet().stream()
                .filter(a -> a.getStatus() == Appointment.Status.BOOKED
                        && a.getStartsAt().isBefore(now))
                .map(a -> LocalDate.ofInstant(a.getStartsAt(), practice.zone()))
                .max(LocalDate::compareTo);
        LocalDate bornOn =
                intakes.mine().map(s -> bornOn(s.version().getAnswers())).orElse(null);
        return keepUntil(noted, lastVisit, bornOn, new Retention(retentionYears));
    }

    /** The later of the notes' keep-until day and the retention of the last visit; null if neither. */
    static LocalDate keepUntil(
            Optional<LocalDate> noted, Optional<LocalDate> lastVisit, LocalDate bornOn, Retention retention) {
        Optional<LocalDate> visit = lastVisit.map(d -> retention.keepUntil(d, bornOn));
        if (noted.isPresent() && visit.isPresent()) {
            return noted.get().isAfter(visit.get()) ? noted.get() : visit.get();
        }
        return noted.or(() -> visit).orElse(null);
    }

    private static LocalDate bornOn(String answers) {
        try {
            JsonObject o = Json.createReader(new StringReader(answers)).readObject();
            return o.containsKey("dateOfBirth") ? LocalDate.parse(o.getString("dateOfBirth")) : null;
        } catch (JsonException | ClassCastException | DateTimeParseException e) {
            return null; // kept for the years after the last visit alone
        }
    }

    private Optional<ErasureRequest> of(long clientId) {
        return em.createNamedQuery("ErasureRequest.ofClient", ErasureRequest.class)
                .setParameter("client", clientId)
                .getResultStream()
                .findFirst();
    }

    private Optional<ErasureRequest> locked(long id) {
        return Optional.ofNullable(em.find(ErasureRequest.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    private static Plan plan(ErasureRequest r) {
        return new Plan(r.getStatus(), r.getRequestedOn(), r.getDueOn(), r.getHeldUntil());
    }

    private Entry entry(ErasureRequest r, LocalDate today) {
        String name = accounts.find(r.getClientId()).map(Account::getName).orElse("");
        return new Entry(
                r.getId(),
                r.getClientId(),
                name,
                r.getRequestedOn(),
                r.getDueOn(),
                r.getStatus(),
                r.getHeldUntil(),
                r.overdue(today),
                r.getCarriedOutAt(),
                r.getCarriedOutBy());
    }
}
