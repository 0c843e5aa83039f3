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

    public RecordStatus status(long id) {
        return em.find(Qualification.class, id).getStatus();
    }
}
