package org.bodywork.demo;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.bodywork.intake.CareAssignment;
import org.bodywork.intake.CareAssignments;
import org.bodywork.intake.IntakeForm;
import org.bodywork.intake.IntakeRecords;
import org.bodywork.intake.IntakeVersion;
import org.bodywork.screening.ScreeningService;
import org.bodywork.shared.Database;

/** The demo clients' health forms and who looks after them, for the demo database only. */
@Stateless
@PermitAll
public class DemoIntakes {

    @PersistenceContext
    EntityManager em;

    @Inject
    IntakeRecords records;

    @Inject
    CareAssignments care;

    @Inject
    ScreeningService screening;

    @Inject
    Database database;

    /** The client's first health form, screened by today's rules, looked after by the therapist. */
    public void seed(long clientId, IntakeForm form, long therapistId) {
        database.requireDemo("Demo intakes");
        if (records.latest(clientId).isEmpty()) {
            em.persist(IntakeVersion.screened(clientId, 1, form, screening.current()));
            lookAfter(therapistId, clientId);
        }
    }

    /** Makes the therapist one who looks after the client, if they are not yet. */
    public void lookAfter(long therapistId, long clientId) {
        database.requireDemo("Demo care assignments");
        if (!care.assigned(therapistId, clientId)) {
            em.persist(new CareAssignment(therapistId, clientId, "demo"));
        }
    }
}
