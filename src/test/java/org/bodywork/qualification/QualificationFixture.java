package org.bodywork.qualification;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.Set;
import org.bodywork.screening.Technique;

/** Test-only: sets up records in states the API reaches only over time (verified, then past their last day). */
@Stateless
public class QualificationFixture {

    @PersistenceContext
    EntityManager em;

    public long verifiedQualification(long therapistId, LocalDate lastDay) {
        Qualification q = new Qualification(
                therapistId,
                new NewQualification(
                        "Diploma", "ITEC", "Level 3", null, lastDay.minusYears(2), lastDay, Set.of(Technique.SWEDISH)));
        q.verify();
        em.persist(q);
        em.flush();
        return q.getId();
    }

    /** A verified qualification for the techniques and verified insurance, both valid until the day. */
    public void bookable(long therapistId, Set<Technique> techniques, LocalDate until) {
        Qualification q = new Qualification(
                therapistId,
                new NewQualification("Diploma", "ITEC", "Level 3", null, until.minusYears(2), until, techniques));
        q.verify();
        em.persist(q);
        Insurance i = new Insurance(
                therapistId, new NewInsurance("Balens", "BAL-" + therapistId, 6_000_000L, until.minusYears(1), until));
        i.verify();
        em.persist(i);
    }

    public RecordStatus status(long id) {
        return em.find(Qualification.class, id).getStatus();
    }
}
