package org.bodywork.qualification;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import org.bodywork.shared.Database;
import org.bodywork.shared.Practice;

/**
 * Expires qualifications and insurance after their last day, warns therapists of the ones ending
 * soon and writes the admins' digest of records waiting: at start-up and every night. Safe to run on
 * every node at once: expiring is idempotent, optimistic locking settles a race, and each message has
 * a unique key, a second server's copy being dropped (Outbox.addOnce).
 */
@Startup
@Singleton
@DependsOn("Database")
// Each step is its own transaction, so that one failing does not undo the others.
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ExpiryJob {

    private static final Logger LOG = Logger.getLogger(ExpiryJob.class.getName());

    @Inject
    Expiries qualifications;

    @Inject
    Database database;

    @Inject
    Practice practice;

    @PostConstruct
    // A singleton's start-up callback takes its transaction from its own annotation, not the class's.
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void atStart() {
        if (database.ready()) {
            run();
        }
    }

    @Schedule(hour = "0", minute = "5", timezone = "Europe/London", persistent = false, info = "expiry")
    void nightly() {
        run();
    }

    private void run() {
        step("warn of records ending soon", () -> {
            int warned = qualifications.warnExpiring(practice.today());
            return warned == 0
                    ? null
                    : warned + " qualification or insurance records end within 30 days; their therapists are told";
        });
        step("write the admins' digest", () -> {
            int waiting = qualifications.digest(practice.today());
            return waiting == 0
                    ? null
                    : waiting + " qualification or insurance records wait to be checked; admins are told";
        });
        step("expire records", () -> {
            int expired = qualifications.expire(practice.today());
            return expired == 0 ? null : "Expired " + expired + " qualification or insurance records";
        });
    }

    /** Runs one step and logs what it says; a failure is logged, and the next step still runs. */
    private static void step(String what, java.util.function.Supplier<String> step) {
        try {
            String said = step.get();
            if (said != null) {
                LOG.info(said);
            }
        } catch (RuntimeException e) {
            LOG.log(java.util.logging.Level.WARNING, "Could not " + what + "; the next run tries again", e);
        }
    }
}
