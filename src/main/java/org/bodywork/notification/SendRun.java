package org.bodywork.notification;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.bodywork.shared.DatabaseFailure;

/**
 * One run of the sender: claim due messages, send each (over one SMTP connection), mark each at once. Runs may overlap, on one
 * server (the timer and an admin's "send now") or several; the claim keeps them apart.
 */
@Stateless
public class SendRun {

    private static final Logger LOG = Logger.getLogger(SendRun.class.getName());
    static final int BATCH = 50;
    static final int ATTEMPTS = 3;

    @Inject
    Outbox outbox;

    @Inject
    Delivery delivery;

    /** The counts of one run. */
    public record Result(int sent, int failed) {}

    @PermitAll
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public Result run(Instant now) {
        // The process id says which server sent a message (the cluster test counts them per node).
        String claim = ProcessHandle.current().pid() + ":"
                + UUID.randomUUID().toString().replace("-", "").substring(0, 24);
        int sent = 0;
        int failed = 0;
        try (Delivery.Batch connection = delivery.batch()) {
            for (OutboxMessage m : again(() -> outbox.claim(claim, now, BATCH))) {
                if (Notifications.REMINDER.equals(m.getKind()) && again(() -> outbox.withdrawnIfUnwanted(m.getId()))) {
                    continue;
                }
                try {
                    connection.send(m);
                } catch (Exception e) {
                    LOG.log(
                            Level.WARNING,
                            "E-mail " + m.getId() + " to " + m.getRecipient() + " failed: " + e.getMessage());
                    again(() -> outbox.failed(m.getId(), e.getMessage(), now));
                    failed++;
                    continue;
                }
                // The only window for a second sending: the server took the message but we crash before
                // this one-row update commits. It is kept to a single short transaction right after the
                // send; such a row is claimed again only after Outbox.STALE.
                again(() -> outbox.sent(m.getId(), now));
                sent++;
            }
        }
        return new Result(sent, failed);
    }

    /**
     * The step, tried again when the database rolled it back to break a deadlock (senders running at
     * once meet on the same rows; nothing of the rolled-back step was saved, and every step is its
     * own transaction).
     */
    static void again(Runnable step) {
        again(() -> {
            step.run();
            return null;
        });
    }

    /** {@link #again(Runnable)} for a step with an answer. */
    static <T> T again(java.util.function.Supplier<T> step) {
        for (int attempt = 1; ; attempt++) {
            try {
                return step.get();
            } catch (RuntimeException e) {
                if (attempt == ATTEMPTS || !DatabaseFailure.deadlock(e)) {
                    throw e;
                }
                LOG.fine(() -> "Deadlock in the sender, trying again: " + e);
            }
        }
    }
}
