package org.bodywork.intake;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.bodywork.identity.Account;
import org.bodywork.identity.AccountService;
import org.bodywork.identity.Role;
import org.bodywork.screening.InvalidAnswers;
import org.bodywork.shared.Refusals;
import org.omnifaces.util.Messages;

/** {@code /admin/assignments}: which therapist looks after which client (until bookings do). */
@Named
@RequestScoped
public class AssignmentsBacking {

    @Inject
    CareAssignments intakes;

    @Inject
    AccountService accounts;

    private List<Account> therapists;
    private List<Account> clients;
    private Long therapist;
    private Long client;

    @PostConstruct
    void load() {
        therapists = accounts.withRole(Role.THERAPIST);
        clients = accounts.withRole(Role.CLIENT);
    }

    public void assign() {
        try {
            intakes.assign(therapist == null ? -1 : therapist, client == null ? -1 : client);
            Messages.addGlobalInfo("assignments.assigned");
        } catch (InvalidAnswers e) {
            Refusals.show(e, "assign");
        }
    }

    public void end() {
        try {
            intakes.end(therapist == null ? -1 : therapist, client == null ? -1 : client);
            Messages.addGlobalInfo("assignments.ended");
        } catch (InvalidAnswers e) {
            Refusals.show(e, "assign");
        }
    }

    public List<Account> getTherapists() {
        return therapists;
    }

    public List<Account> getClients() {
        return clients;
    }

    public Long getTherapist() {
        return therapist;
    }

    public void setTherapist(Long therapist) {
        this.therapist = therapist;
    }

    public Long getClient() {
        return client;
    }

    public void setClient(Long client) {
        this.client = client;
    }
}
