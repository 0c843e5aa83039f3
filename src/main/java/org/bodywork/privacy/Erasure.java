package org.bodywork.privacy;

import java.util.List;
import java.util.Map;

/**
 * Where a client's personal data lives, and what erasing it means for each table. One list for the
 * whole schema, rather than an erase method per feature, so that a new table cannot be forgotten:
 * PrivacyIT fails when a table of the database is in none of the three groups below.
 *
 * <p>Parameters: {@code ?1} the client's account id, {@code ?2} their e-mail address, {@code ?3} now
 * (UTC).
 */
final class Erasure {

    private Erasure() {}

    /** Appointments that are not a treatment: cancelled, missed, or still to come, and without a note. */
    private static final String NOT_TREATMENTS = "SELECT id FROM appointment WHERE client_id = ?1"
            + " AND NOT (status = 'BOOKED' AND starts_at < ?3)"
            + " AND id NOT IN (SELECT appointment_id FROM session_note)";

    /** Erased as soon as the request is carried out: nothing obliges the practice to keep them. */
    static final List<String> AT_ONCE = List.of(
            "DELETE FROM intake_draft WHERE client_id = ?1",
            "DELETE FROM recovery_code WHERE account_id = ?1",
            "DELETE FROM account_mfa WHERE account_id = ?1",
            "DELETE FROM api_token WHERE account_id = ?1",
            "DELETE FROM email_confirmation WHERE account_id = ?1",
            "DELETE FROM care_assignment WHERE client_id = ?1",
            "DELETE FROM outbox WHERE recipient = ?2",
            // Failure counts keyed by the address, or the account's number (they end within minutes anyway).
            "DELETE FROM throttle WHERE throttle_key IN (CONCAT('account:', ?2), CONCAT('code:', ?2),"
                    + " CONCAT('recheck:', ?1))",
            "DELETE FROM appointment_change WHERE appointment_id IN (" + NOT_TREATMENTS + ")",
            // MySQL cannot delete from a table it selects from, hence the derived table.
            "DELETE FROM appointment WHERE id IN (SELECT id FROM (" + NOT_TREATMENTS + ") t)");

    /**
     * The clinical record: the health forms, clearances, treatments and their notes. Kept until the
     * retention period ends (the database's triggers refuse deleting notes before), then erased.
     */
    static final List<String> CLINICAL = List.of(
            "DELETE FROM note_amendment WHERE note_id IN (SELECT id FROM session_note WHERE client_id = ?1)",
            "DELETE FROM note_override WHERE note_id IN (SELECT id FROM session_note WHERE client_id = ?1)",
            "DELETE FROM session_note WHERE client_id = ?1",
            "DELETE FROM appointment_change WHERE appointment_id IN (SELECT id FROM appointment WHERE client_id = ?1)",
            "DELETE FROM appointment WHERE client_id = ?1",
            "DELETE FROM clearance WHERE client_id = ?1",
            "DELETE FROM intake_version WHERE client_id = ?1");

    /**
     * Last: the account stays as an empty row, so that the audit log's and the request's references
     * still point somewhere, but nothing in it says who the person was.
     */
    static final String ANONYMISE = "UPDATE account SET email = CONCAT('erased-', id, '@erased.invalid'),"
            + " name = 'Erased client', password_hash = '!', active = FALSE, reminders = FALSE,"
            + " version = version + 1, changed_at = ?3 WHERE id = ?1";

    /** Tables holding a client's data, each erased by a statement above. */
    static final List<String> ERASED = List.of(
            "account",
            "intake_draft",
            "recovery_code",
            "account_mfa",
            "api_token",
            "email_confirmation",
            "care_assignment",
            "outbox",
            "throttle",
            "appointment_change",
            "appointment",
            "note_amendment",
            "note_override",
            "session_note",
            "clearance",
            "intake_version");

    /** Tables that keep something of an erased client, and why the law allows it. */
    static final Map<String, String> KEPT = Map.of(
            "audit_event",
            "Who read or changed a health record, and the request and erasure themselves: the practice must be"
                    + " able to show it protected the records (UK GDPR art. 5(2) and 32). Entries name the account"
                    + " by number and, when the client acted, by the e-mail address they used.",
            "erasure_request",
            "The request and when it was carried out: the proof that it was (art. 5(2), 12(3)).",
            "account_role",
            "The role of the emptied account row (CLIENT): nothing personal.");

    /** Tables without any client's data: therapists' records, the practice's settings, the schema's history. */
    static final List<String> NOT_CLIENTS = List.of(
            "demo_mark",
            "rule_set",
            "qualification",
            "insurance",
            "evidence_file",
            "verification_decision",
            "therapist_profile",
            "register_membership",
            "profile_photo",
            "service",
            "booking_rules",
            "working_hours",
            "availability_exception",
            "calendar_feed",
            "flyway_schema_history");
}
