package org.bodywork.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
}
