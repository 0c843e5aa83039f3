package org.bodywork.privacy;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.logging.Logger;
import org.bodywork.audit.AuditEvent;
import org.bodywork.audit.AuditLog;
import org.bodywork.booking.Appointment;
import org.bodywork.booking.Appointments;
import org.bodywork.booking.BookingService;
import org.bodywork.identity.Account;
import org.bodywork.identity.AccountService;
import org.bodywork.identity.Caller;
import org.bodywork.identity.Role;
import org.bodywork.intake.ClientIntake;
import org.bodywork.notes.NoteReading;
import org.bodywork.notes.Retention;
import org.bodywork.shared.BusinessException;
import org.bodywork.shared.JsonP;
import org.bodywork.shared.Practice;
import org.bodywork.shared.Words;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A client asks to be forgotten (UK GDPR article 17): what would be kept and for how long, and the
 * request itself, which closes the account at once and cancels the appointments to come. It is
 * carried out later ({@link Erasures}).
 */
@Stateless
@RolesAllowed(Role.CLIENT_NAME)
public class ErasureRequests {

    private static final Logger LOG = Logger.getLogger(ErasureRequests.class.getName());

    static final String RECORD = "erasure_request";

    @PersistenceContext
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    AccountService accounts;

    @Inject
    ClientIntake intakes;

    @Inject
    BookingService booking;

    @Inject
    Appointments appointments;

    @Inject
    NoteReading notes;

    @Inject
    AuditLog audit;

    @Inject
    Practice practice;

    @Inject
    @ConfigProperty(name = "bodywork.notes.retention-years", defaultValue = "8")
    int retentionYears;

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

    /** The signed-in client's request, or what one would keep if they made it now. */
    public Plan mine() {
        Account me = caller.account();
        return of(me.getId()).map(ErasureRequests::plan).orElseGet(() -> new Plan(null, null, null, keepUntil()));
    }

    /**
     * The signed-in client asks to be erased, after their password again: their appointments to come
     * are cancelled (their therapists are told as usual) and the account is closed.
     */
    public Plan request(String password) {
        Account me = accounts.reauthenticated(password);
        if (of(me.getId()).isPresent()) {
            throw BusinessException.conflict(
                    "already_requested", null, Words.text("privacy.you-have-already-asked-for"));
        }
        LocalDate keep = keepUntil();
        Instant now = Instant.now();
        for (Appointment a : appointments.allMine().keySet()) {
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

    /**
     * The last day the caller's clinical records must be kept, or null when there are none: the later
     * of their notes' retention and that of their last treatment, noted or not.
     */
    private LocalDate keepUntil() {
        Optional<LocalDate> noted = notes.myKeepUntil();
        Instant now = Instant.now();
        Optional<LocalDate> lastVisit = appointments.allMine().keySet().stream()
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
            JsonObject o = JsonP.createReader(new StringReader(answers)).readObject();
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

    static Plan plan(ErasureRequest r) {
        return new Plan(r.getStatus(), r.getRequestedOn(), r.getDueOn(), r.getHeldUntil());
    }
}
