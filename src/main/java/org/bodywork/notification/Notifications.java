package org.bodywork.notification;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Instant;
import org.bodywork.shared.Practice;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** What the features tell people: turns their events into outbox messages, inside their transaction. */
@Stateless
public class Notifications {

    @Inject
    Outbox outbox;

    @Inject
    Practice practice;

    @Inject
    @ConfigProperty(name = "bodywork.practice-name", defaultValue = "Bodywork")
    String practiceName;

    @Inject
    @ConfigProperty(name = "bodywork.public-url", defaultValue = "http://localhost:8080/")
    String publicUrl;

    @Inject
    Delivery delivery;

    /**
     * A booking, a move or a cancellation: one message to the client and one to the therapist, each
     * with the calendar invitation (or its cancellation).
     */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void appointment(AppointmentEvent e) {
        Instant now = Instant.now();
        String ics = new Invitation(practice.zone(), delivery.fromAddress()).of(e, practiceName);
        for (Mail m : new BookingMails(practiceName, practice.zone(), publicUrl).of(e, ics)) {
            outbox.add(m, now, now);
        }
    }
}
