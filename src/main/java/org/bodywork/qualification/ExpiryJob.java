package org.bodywork.qualification;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import org.bodywork.shared.Database;
import org.bodywork.shared.Practice;

/**
 * Expires qualifications and insurance after their last day: at start-up and every night. Safe to
 * run on every node at once: expiring is idempotent and optimistic locking settles a race.
 */
@Startup
@Singleton
@DependsOn("Database")
public class ExpiryJob {

    private static final Logger LOG = Logger.getLogger(ExpiryJob.class.getName());

    @Inject
    QualificationService qualifications;

    @Inject
    Database database;

    @Inject
    Practice practice;

    @PostConstruct
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
        int warned = qualifications.warnExpiring(practice.today());
        if (warned > 0) {
            LOG.info(
                    () -> warned + " qualification or insurance records end within 30 days; their therapists are told");
        }
        int expired = qualifications.expire(practice.today());
        if (expired > 0) {
            LOG.info(() -> "Expired " + expired + " qualification or insurance records");
        }
    }
}
