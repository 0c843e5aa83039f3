package org.bodywork.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PracticeMailsTest {

    private final PracticeMails mails = new PracticeMails("Riverside Bodywork", "https://book.example/");

    @Test
    void aRefusalGivesTheAdminsReasonAndWhereToPutItRight() {
        Mail m = mails.decision(7, "tess@example.org", "Tess", "insurance with Balens", "The policy has ended.");
        assertEquals("Not verified: your insurance with Balens", m.subject());
        assertTrue(m.text().contains("The policy has ended."), m.text());
        assertTrue(m.text().contains("https://book.example/therapist/qualifications"), m.text());
        assertEquals("decision:7:therapist", m.key());
        assertEquals("record_rejected", m.kind());
    }

    @Test
    void aVerificationAndAClearanceSayWhatHappenedAndNothingMedical() {
        assertEquals(
                "Verified: your insurance with Balens",
                mails.decision(8, "t@example.org", "Tess", "insurance with Balens", null)
                        .subject());
        Mail clearance = mails.clearance(3, "chris@example.org", "Chris");
        assertTrue(clearance.text().contains("https://book.example/intake/result"), clearance.text());
        assertTrue(clearance.text().contains("Why you are getting this"), clearance.text());
        assertFalse(clearance.text().toLowerCase().contains("dvt"));
        assertEquals("clearance:3:client", clearance.key());
    }

    @Test
    void aChangedPasswordOrAddressSaysWhatAndWhenAndWhatToDoIfItWasNotThem() {
        java.time.Instant at = java.time.Instant.parse("2027-03-16T09:30:00Z");
        Mail m = mails.signInChanged(4, true, "chris@example.org", "Chris", at, java.time.ZoneId.of("Europe/London"));
        assertEquals("Your password was changed", m.subject());
        assertTrue(m.text().contains("Tuesday 16 March 2027, 09:30"), m.text());
        assertTrue(m.text().contains("If you did not make this change"), m.text());
        assertEquals("sign-in-changed:4:" + at.toEpochMilli(), m.key());
        assertEquals(
                "Your e-mail address was changed",
                mails.signInChanged(4, false, "old@example.org", "Chris", at, java.time.ZoneId.of("Europe/London"))
                        .subject());
    }

    @Test
    void anEndingRecordSaysTheLastDayOnceAndWhatToDo() {
        Mail m = mails.expiring(
                "insurance:5:2026-12-06",
                "t@example.org",
                "Tess",
                "insurance with Hiscox",
                java.time.LocalDate.of(2026, 12, 6));
        assertEquals("Ending soon: your insurance with Hiscox", m.subject());
        assertTrue(m.text().contains("ends on Sunday 6 December 2026"), m.text());
        assertEquals("expiring:insurance:5:2026-12-06:therapist", m.key());
    }

    @Test
    void theDigestListsWaitingRecordsOldestFirstAndSaysHowManyMore() {
        List<PracticeMails.Waiting> waiting = new ArrayList<>();
        for (int i = 0; i < 23; i++) {
            waiting.add(new PracticeMails.Waiting("Tess <T>", "insurance with Balens " + i, LocalDate.of(2026, 11, 2)));
        }
        Mail m = mails.digest(LocalDate.of(2026, 11, 24), 9, "ada@example.org", "Ada", waiting);
        assertEquals("Waiting to be checked: 23 records, the oldest since 2 Nov", m.subject());
        assertEquals("digest:2026-11-24:admin:9", m.key());
        assertTrue(
                m.text()
                        .contains(
                                "23 records from therapists are waiting for you to check, the oldest since Monday"
                                        + " 2 November 2026:\n- Tess <T>: insurance with Balens 0, sent Monday 2 November 2026\n"),
                m.text());
        assertTrue(
                m.text()
                        .contains("Balens 19, sent Monday 2 November 2026\n- and 3 more\n\nCheck them at"
                                + " https://book.example/admin/verification"),
                m.text());
        assertFalse(m.text().contains("Balens 20"), m.text());
        assertTrue(m.html().contains("Tess &lt;T&gt;"), m.html());

        Mail one = mails.digest(LocalDate.of(2026, 11, 24), 9, "ada@example.org", "Ada", waiting.subList(0, 1));
        assertTrue(one.text().contains("1 record from therapists is waiting"), one.text());
        assertTrue(one.text().contains("2026\n\nCheck them"), "no \"more\" line: " + one.text());
    }
}
