package org.bodywork.demo;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.bodywork.qualification.Insurance;
import org.bodywork.qualification.NewInsurance;
import org.bodywork.qualification.NewQualification;
import org.bodywork.qualification.Qualification;
import org.bodywork.qualification.RecordStatus;
import org.bodywork.qualification.VerificationDecision;
import org.bodywork.qualification.VerifiedRecord;
import org.bodywork.shared.Database;

/** The demo therapists' qualifications and insurance, for the demo database only. */
@Stateless
@PermitAll
public class DemoQualifications {

    @PersistenceContext
    EntityManager em;

    @Inject
    Database database;

    /** A therapist's diploma in the given state and their insurance verified, unless they have records. */
    public void seed(long therapistId, NewQualification qualification, RecordStatus status, NewInsurance insurance) {
        database.requireDemo("Demo records");
        boolean seeded = !em.createNamedQuery("Qualification.byTherapist", Qualification.class)
                .setParameter("therapist", therapistId)
                .getResultList()
                .isEmpty();
        if (seeded) {
            return;
        }
        Qualification q = new Qualification(therapistId, qualification);
        if (status == RecordStatus.VERIFIED) {
            q.verify();
        }
        em.persist(q);
        Insurance i = new Insurance(therapistId, insurance);
        i.verify();
        em.persist(i);
        em.flush(); // the decisions name the records by id
        if (q.getStatus() == RecordStatus.VERIFIED) {
            em.persist(new VerificationDecision(VerifiedRecord.QUALIFICATION, q, null, "demo", null));
        }
        em.persist(new VerificationDecision(VerifiedRecord.INSURANCE, i, null, "demo", null));
    }
}
