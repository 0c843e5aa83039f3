package org.bodywork.notification;

/**
 * The e-mails about records rather than appointments: a verification decision to a therapist, a
 * clinician's letter recorded to a client. No health details, only what happened and where to look.
 */
public final class PracticeMails {

    private final String practice;
    private final String base;

    public PracticeMails(String practice, String publicUrl) {
        this.practice = practice;
        this.base = publicUrl.endsWith("/") ? publicUrl : publicUrl + "/";
    }

    /** "Verified: your qualification ..." or "Not verified: ...", with the admin's reason. */
    public Mail decision(long decisionId, String email, String name, String what, String rejection) {
        boolean verified = rejection == null;
        String subject = (verified ? "Verified: your " : "Not verified: your ") + what;
        String text = "Hello " + name + ",\n\n"
                + (verified
                        ? "Your " + what + " has been verified. Clients can book you for what it covers, while it"
                                + " and your insurance are valid."
                        : "Your " + what + " could not be verified. The reason given:\n" + rejection
                                + "\n\nPlease put it right and send it again.")
                + "\n\nYour records: " + base + "therapist/qualifications\n\n"
                + "Why you are getting this: you sent this record to " + practice + " for checking.\n\n" + practice;
        return new Mail(
                verified ? "record_verified" : "record_rejected",
                "decision:" + decisionId + ":therapist",
                email,
                subject,
                text,
                Html.of(text),
                null);
    }

    public Mail clearance(long clearanceId, String email, String name) {
        String text = "Hello " + name + ",\n\nYour therapist has recorded a letter from your GP or another clinician on"
                + " your record. Sign in to see what this means for booking: " + base + "intake/result\n\n"
                + "Why you are getting this: your health form needed a clinician's clearance before massage at "
                + practice + ".\n\n" + practice;
        return new Mail(
                "clearance_recorded",
                "clearance:" + clearanceId + ":client",
                email,
                "A clinician's letter has been recorded",
                text,
                Html.of(text),
                null);
    }

    /** "Ending soon: your insurance with Balens" - clients cannot book past its last day. */
    public Mail expiring(String recordKey, String email, String name, String what, java.time.LocalDate lastDay) {
        String day = BookingMails.DAY.format(lastDay);
        String text = "Hello " + name + ",\n\nYour " + what + " ends on " + day + ". Clients cannot book you for"
                + " what it covers after that day until a renewal is verified. Please add the renewal and its"
                + " certificate: " + base + "therapist/qualifications\n\n"
                + "Why you are getting this: " + practice + " checks that every therapist clients can book is"
                + " qualified and insured.\n\n" + practice;
        return new Mail(
                "record_expiring",
                "expiring:" + recordKey + ":therapist",
                email,
                "Ending soon: your " + what,
                text,
                Html.of(text),
                null);
    }
}
