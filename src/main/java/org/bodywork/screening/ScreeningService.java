package org.bodywork.screening;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.bodywork.identity.Role;

/** Screening and the practice's rule set: the transaction and security boundary. */
@Stateless
public class ScreeningService {

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext session;

    /** The rule set in force: the newest tuning, or the reference. */
    @PermitAll
    public RuleSet current() {
        return em.createNamedQuery("PracticeRules.newestFirst", PracticeRules.class)
                .setMaxResults(1)
                .getResultStream()
                .findFirst()
                .map(PracticeRules::toRuleSet)
                .orElseGet(RuleSet::reference);
    }

    /** Screens answers with the rule set in force; stores nothing. */
    @RolesAllowed({Role.CLIENT_NAME, Role.THERAPIST_NAME, Role.ADMIN_NAME})
    public Result evaluate(Answers answers) {
        return new Screening(current()).screen(answers);
    }

    /** Stores new tuned values as the next version of the practice's rule set. */
    @RolesAllowed(Role.ADMIN_NAME)
    public RuleSet tune(RuleSet.Windows windows, RuleSet.FirstTrimester firstTrimester) {
        windows.validate();
        long count = em.createQuery("SELECT COUNT(r) FROM PracticeRules r", Long.class)
                .getSingleResult();
        PracticeRules rules = new PracticeRules(
                "practice-" + (count + 1), session.getCallerPrincipal().getName(), windows, firstTrimester);
        em.persist(rules);
        return rules.toRuleSet();
    }

    @RolesAllowed(Role.ADMIN_NAME)
    public List<PracticeRules> history() {
        return em.createNamedQuery("PracticeRules.newestFirst", PracticeRules.class)
                .getResultList();
    }
}
