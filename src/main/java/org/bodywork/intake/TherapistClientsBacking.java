package org.bodywork.intake;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** {@code /therapist/clients}: the clients this therapist looks after, with their screening today. */
@Named
@RequestScoped
public class TherapistClientsBacking {

    @Inject
    CareRecords intakes;

    private List<CareRecords.ClientSummary> clients;

    @PostConstruct
    void load() {
        clients = intakes.myClients();
    }

    public List<CareRecords.ClientSummary> getClients() {
        return clients;
    }
}
