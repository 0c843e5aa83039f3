package org.bodywork.notification;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.bodywork.shared.Words;

/**
 * The e-mails about records rather than appointments: a verification decision to a therapist, a
 * clinician's letter recorded to a client, the admins' daily digest. No health details, only what
 * happened and where to look.
 */
public final class PracticeMails {

    /** The digest lists this many records by name; the rest as "and N more". */
    static final int DIGEST_LINES = 20;

    private static final DateTimeFormatter SHORT_DAY = DateTimeFormatter.ofPattern("d MMM", Locale.UK);

    private final String practice;
    private final String base;

    public PracticeMails(String practice, String publicUrl) {
        this.practice = practice;
        this.base = publicUrl.endsWith("/") ? publicUrl : publicUrl + "/";
    }

    /** A record waiting to be checked, as the digest lists it. */
    public record Waiting(String therapist, String what, LocalDate sent) {}

    /** "Verified: your qualification ..." or "Not verified: ...", with the admin's reason. */
    public Mail decision(long decisionId, String email, String name, String what, String rejection) {
        boolean verified = rejection == null;
        Map<String, Object> values = values(name);
        values.put("what", what);
        values.put("reason", verified ? "" : rejection);
        return mail(
                verified ? "record_verified" : "record_rejected",
                "decision:" + decisionId + ":therapist",
                email,
                Templates.fill(verified ? "record-verified" : "record-rejected", values));
    }

    public Mail clearance(long clearanceId, String email, String name) {
        return mail(
                "clearance_recorded",
                "clearance:" + clearanceId + ":client",
                email,
                Templates.fill("clearance-recorded", values(name)));
    }

    /** "Ending soon: your insurance with Balens" - clients cannot book past its last day. */
    public Mail expiring(String recordKey, String email, String name, String what, LocalDate lastDay) {
        Map<String, Object> values = values(name);
        values.put("what", what);
        values.put("day", BookingMails.DAY.format(lastDay));
        return mail(
                "record_expiring",
                "expiring:" + recordKey + ":therapist",
                email,
                Templates.fill("record-expiring", values));
    }

    /**
     * The day's digest of records waiting to be checked, oldest first, to one admin; one per admin
     * and day, whatever the number of servers or runs.
     */
    public Mail digest(LocalDate day, long adminId, String email, String name, List<Waiting> waiting) {
        Map<String, Object> values = values(name);
        values.put("count", waiting.size() == 1 ? "1 record" : waiting.size() + " records");
        values.put("verb", Words.text(waiting.size() == 1 ? "mail.isWaiting" : "mail.areWaiting"));
        values.put("oldest", BookingMails.DAY.format(waiting.get(0).sent()));
        values.put("oldestShort", SHORT_DAY.format(waiting.get(0).sent()));
        values.put(
                "records",
                waiting.stream()
                        .limit(DIGEST_LINES)
                        .map(w -> Map.of(
                                "therapist",
                                w.therapist(),
                                "what",
                                w.what(),
                                "sent",
                                BookingMails.DAY.format(w.sent())))
                        .toList());
        values.put("more", waiting.size() > DIGEST_LINES ? String.valueOf(waiting.size() - DIGEST_LINES) : "");
        return mail(
                "verification_digest",
                "digest:" + day + ":admin:" + adminId,
                email,
                Templates.fill("verification-digest", values));
    }

    /** "Your password was changed": to the address the person had, whoever made the change. */
    public Mail signInChanged(long accountId, boolean password, String email, String name, Instant at, ZoneId zone) {
        Map<String, Object> values = values(name);
        values.put("what", Words.text(password ? "mail.password" : "mail.email"));
        values.put("when", org.bodywork.shared.Dates.at(at.atZone(zone)));
        return mail(
                "sign_in_changed",
                "sign-in-changed:" + accountId + ":" + at.toEpochMilli(),
                email,
                Templates.fill("sign-in-changed", values));
    }

    /** Too many wrong codes or passwords asked again, or a sign-in from a new network: its template names which. */
    public Mail securityAlert(long accountId, String template, String email, String name, Instant at, ZoneId zone) {
        Map<String, Object> values = values(name);
        values.put("when", org.bodywork.shared.Dates.at(at.atZone(zone)));
        return mail(
                "security_alert",
                "security-alert:" + accountId + ":" + at.toEpochMilli(),
                email,
                Templates.fill(template, values));
    }

    /** A new account's confirmation link, or to an address that has an account: someone registered with it. */
    public Mail addressCheck(org.bodywork.identity.AddressCheck e, ZoneId zone) {
        Map<String, Object> values = values(e.name());
        boolean confirm = e.what() == org.bodywork.identity.AddressCheck.What.CONFIRM;
        if (confirm) {
            values.put("link", base + "confirm?token=" + e.token());
            values.put("until", org.bodywork.shared.Dates.at(e.until().atZone(zone)));
        }
        return mail(
                confirm ? "email_confirmation" : "already_registered",
                (confirm ? "email-confirmation:" : "already-registered:") + e.accountId() + ":"
                        + e.until().toEpochMilli(),
                e.to(),
                Templates.fill(confirm ? "email-confirmation" : "already-registered", values));
    }

    private Map<String, Object> values(String name) {
        Map<String, Object> values = new HashMap<>();
        values.put("practice", practice);
        values.put("base", base);
        values.put("name", name);
        return values;
    }

    private static Mail mail(String kind, String key, String to, Templates.Filled m) {
        return new Mail(kind, key, to, m.subject(), m.text(), m.html(), null);
    }
}
