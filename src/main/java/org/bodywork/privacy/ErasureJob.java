package org.bodywork.privacy;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.bodywork.shared.Database;
import org.bodywork.shared.Practice;

/**
 * Carries out erasure requests past their grace days, and erases held clinical records once their
 * retention has ended: at start-up and every night. Each request is its own transaction, locked, so
 * every server may run it at once.
 */
@Startup
@Singleton
@DependsOn("Database")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ErasureJob {

    private static final Logger LOG = Logger.getLogger(ErasureJob.class.getName());

    @Inject
    Erasures erasures;

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

    // At 02:30, when the database's date (UTC) and London's agree all year, since the notes' trigger
    // compares the hold with the database's date.
    @Schedule(hour = "2", minute = "30", timezone = "Europe/London", persistent = false, info = "erasure")
    void nightly() {
        run();
    }

    private void run() {
        LocalDate today = practice.today();
        for (long id : erasures.due(today)) {
            try {
                erasures.settle(id, today);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Could not carry out erasure request " + id + "; the next run tries again", e);
            }
        }
    }
}
