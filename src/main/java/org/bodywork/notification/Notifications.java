package org.bodywork.notification;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Instant;
import org.bodywork.shared.Practice;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** What the features tell people: turns their events into outbox messages, inside their transaction. */
@Stateless
public class Notifications {

    static final String REMINDER = "appointment_reminder";

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

    /** How long before an appointment a client is asked to check a form that will be out of date. */
    @Inject
    @ConfigProperty(name = "bodywork.mail.intake-review-days", defaultValue = "14")
    int intakeReviewDays;

    /** How long before an appointment its reminder goes; none for a booking made later than that. */
    @Inject
    @ConfigProperty(name = "bodywork.mail.reminder-hours", defaultValue = "24")
    int reminderHours;

    /**
     * A booking, a move or a cancellation: one message to the client and one to the therapist, each
     * with the calendar invitation (or its cancellation).
     */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void appointment(AppointmentEvent e) {
        Instant now = Instant.now();
        String ics = new Invitation(practice.zone(), delivery.fromAddress()).of(e, practiceName);
        BookingMails mails = new BookingMails(practiceName, practice.zone(), publicUrl);
        for (Mail m : mails.of(e, ics)) {
            outbox.add(m, now, now);
        }
        // A move or cancellation withdraws the reminder for the old time; a new time gets its own.
        outbox.withdraw(BookingMails.reminderPrefix(e.appointmentId()));
        Instant remindAt = e.start().minus(java.time.Duration.ofHours(reminderHours));
        if (e.kind() != AppointmentEvent.Kind.CANCELLED && remindAt.isAfter(now)) {
            outbox.add(mails.reminder(e), now, remindAt);
        }
    }

    /** An admin's decision on a therapist's qualification or insurance: verified, or why not. */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void decision(long decisionId, String email, String name, String what, String rejection) {
        Instant now = Instant.now();
        outbox.add(
                new PracticeMails(practiceName, publicUrl).decision(decisionId, email, name, what, rejection),
                now,
                now);
    }

    /** A clinician's letter recorded for a client: they may be able to book now. No health details. */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void clearance(long clearanceId, String email, String name) {
        Instant now = Instant.now();
        outbox.add(new PracticeMails(practiceName, publicUrl).clearance(clearanceId, email, name), now, now);
    }

    /** A password or e-mail address changed: the person is told, at the address they had. */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void signInChanged(@Observes org.bodywork.identity.SignInChanged e) {
        boolean password = e.what() == org.bodywork.identity.SignInChanged.What.PASSWORD;
        now(mails().signInChanged(e.accountId(), password, e.to(), e.name(), e.at(), practice.zone()));
    }

    /** Someone tried an account's secrets too often: the owner is told (issue 23, M2 and M3). */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void securityAlert(@Observes org.bodywork.identity.SecurityAlert e) {
        String template = switch (e.what()) {
            case CODES_GUESSED -> "security-codes";
            case PASSWORD_GUESSED -> "security-password";
            case NEW_SIGN_IN -> "security-new-sign-in";
        };
        now(mails().securityAlert(e.accountId(), template, e.to(), e.name(), e.at(), practice.zone()));
    }

    /** The link that confirms a new account's address, or a word to an address that had one already (issue 23, M4). */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void addressCheck(@Observes org.bodywork.identity.AddressCheck e) {
        now(mails().addressCheck(e, practice.zone()));
    }

    private PracticeMails mails() {
        return new PracticeMails(practiceName, publicUrl);
    }

    /** A message written with the change that causes it, to go at once. */
    private void now(Mail mail) {
        Instant now = Instant.now();
        outbox.add(mail, now, now);
    }

    /**
     * A verified record ending within 30 days, once per record and last day. Every server's nightly
     * job writes it, so it is written on its own (see {@link Outbox#addOnce}).
     */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void expiring(String recordKey, String email, String name, String what, java.time.LocalDate lastDay) {
        Instant now = Instant.now();
        outbox.addOnce(
                new PracticeMails(practiceName, publicUrl).expiring(recordKey, email, name, what, lastDay), now, now);
    }

    /**
     * Asks the client to check their health form before an appointment it will be {@code months} old
     * by: {@code intakeReviewDays} before it, or now if that is past. Any earlier request for the
     * same appointment is withdrawn first, so a move or a cancellation (months 0) leaves at most one.
     */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void intakeReview(AppointmentEvent e, long clientId, int months) {
        outbox.withdraw(BookingMails.intakeReviewPrefix(clientId, e.appointmentId()));
        if (months == 0 || e.kind() == AppointmentEvent.Kind.CANCELLED) {
            return;
        }
        Instant now = Instant.now();
        Instant at = e.start().minus(java.time.Duration.ofDays(intakeReviewDays));
        outbox.add(
                new BookingMails(practiceName, practice.zone(), publicUrl).intakeReview(e, clientId, months),
                now,
                at.isAfter(now) ? at : now);
    }

    /** A client sent their form again: no need to ask them to check it any more. */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void intakeRenewed(long clientId) {
        outbox.withdraw(BookingMails.intakeReviewPrefix(clientId));
    }

    /**
     * The day's digest of records waiting to be checked, to one admin, sent from 07:00 practice time.
     * Keyed by day and admin, so every server and every run of the day writes it once; written on its
     * own, as every server's nightly job writes it (see {@link Outbox#addOnce}).
     */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void digest(
            java.time.LocalDate day,
            long adminId,
            String email,
            String name,
            java.util.List<PracticeMails.Waiting> waiting) {
        Instant now = Instant.now();
        Instant morning = day.atTime(7, 0).atZone(practice.zone()).toInstant();
        outbox.addOnce(
                new PracticeMails(practiceName, publicUrl).digest(day, adminId, email, name, waiting),
                now,
                morning.isAfter(now) ? morning : now);
    }
}
