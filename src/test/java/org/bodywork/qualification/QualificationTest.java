package org.bodywork.qualification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.bodywork.screening.Technique;
import org.bodywork.shared.BusinessException;
import org.bodywork.shared.InvalidFields;
import org.junit.jupiter.api.Test;

class QualificationTest {

    private static final LocalDate TODAY = LocalDate.of(2027, 3, 16);

    private static NewQualification diploma(String ofqual, LocalDate expires) {
        return new NewQualification(
                "Diploma", "ITEC", "Level 3", ofqual, LocalDate.of(2020, 6, 1), expires, Set.of(Technique.SWEDISH));
    }

    private static Qualification qualification(LocalDate expires) {
        return new Qualification(7, diploma(null, expires));
    }

    @Test
    void aQualificationNamesEveryWrongFieldAtOnceInTheFormsOrder() {
        NewQualification empty = new NewQualification(" ", "", null, "603", TODAY.plusDays(1), null, Set.of());
        InvalidFields e = assertThrows(InvalidFields.class, () -> empty.validate(TODAY));
        assertEquals(
                List.of("title", "awardingBody", "level", "ofqualNumber", "awardedOn", "techniques"),
                e.problems().stream().map(InvalidFields.Problem::field).toList());
        assertEquals("title", e.field());
        NewQualification long_ =
                new NewQualification("t".repeat(201), "ITEC", "Level 3", null, TODAY, null, Set.of(Technique.SWEDISH));
        assertEquals(
                "Can be at most 200 characters.",
                assertThrows(BusinessException.class, () -> long_.validate(TODAY))
                        .getMessage());
    }

    @Test
    void anInsuranceNamesEveryWrongFieldAtOnce() {
        InvalidFields e =
                assertThrows(InvalidFields.class, () -> new NewInsurance("", " ", null, null, null).validate());
        assertEquals(
                List.of("insurer", "policyNumber", "coverPounds", "validFrom", "validTo"),
                e.problems().stream().map(InvalidFields.Problem::field).toList());
    }

    @Test
    void aNewRecordIsPendingAndAnAdminVerifiesIt() {
        Qualification q = qualification(null);
        assertEquals(RecordStatus.PENDING, q.getStatus());
        q.verify();
        assertEquals(RecordStatus.VERIFIED, q.getStatus());
    }

    @Test
    void onlyAPendingRecordCanBeDecided() {
        Qualification q = qualification(null);
        q.reject();
        assertEquals(
                "not_pending", assertThrows(BusinessException.class, q::verify).code());
    }

    @Test
    void aTherapistsChangeToAVerifiedRecordNeedsVerifyingAgain() {
        Qualification q = qualification(null);
        q.verify();
        q.change(diploma("603/1234/5", null));
        assertEquals(RecordStatus.PENDING, q.getStatus());
    }

    @Test
    void aRecordExpiresTheDayAfterItsLastDay() {
        Qualification q = qualification(TODAY);
        q.verify();
        assertFalse(q.expireOn(TODAY));
        assertTrue(q.expireOn(TODAY.plusDays(1)));
        assertEquals(RecordStatus.EXPIRED, q.getStatus());
        assertFalse(q.expireOn(TODAY.plusDays(2)), "expires once");
    }

    @Test
    void aRecordWithoutExpiryOrARejectedOneNeverExpires() {
        assertFalse(qualification(null).expireOn(TODAY.plusYears(50)));
        Qualification rejected = qualification(TODAY);
        rejected.reject();
        assertFalse(rejected.expireOn(TODAY.plusDays(1)));
    }

    @Test
    void ofqualNumbersAreChecked() {
        diploma("603/1234/5", null).validate(TODAY);
        diploma("601/0000/X", null).validate(TODAY);
        assertEquals(
                "ofqualNumber",
                assertThrows(
                                BusinessException.class,
                                () -> diploma("6031234/5", null).validate(TODAY))
                        .field());
    }

    @Test
    void datesAndTechniquesAreChecked() {
        assertEquals(
                "expiresOn",
                assertThrows(
                                BusinessException.class,
                                () -> diploma(null, LocalDate.of(2020, 6, 1)).validate(TODAY))
                        .field());
        NewQualification future =
                new NewQualification("D", "B", "L", null, TODAY.plusDays(1), null, Set.of(Technique.SWEDISH));
        assertEquals(
                "awardedOn",
                assertThrows(BusinessException.class, () -> future.validate(TODAY))
                        .field());
        NewQualification none = new NewQualification("D", "B", "L", null, TODAY, null, Set.of());
        assertEquals(
                "techniques",
                assertThrows(BusinessException.class, () -> none.validate(TODAY))
                        .field());
    }

    @Test
    void insuranceNeedsCoverAndAnEndAfterItsStart() {
        assertEquals(
                "coverPounds",
                assertThrows(
                                BusinessException.class,
                                () -> new NewInsurance("Balens", "P1", 0L, TODAY, TODAY.plusYears(1)).validate())
                        .field());
        assertEquals(
                "validTo",
                assertThrows(
                                BusinessException.class,
                                () -> new NewInsurance("Balens", "P1", 5_000_000L, TODAY, TODAY).validate())
                        .field());
    }

    @Test
    void aVerifiedRecordEndsSoonInTheThirtyDaysFromToday() {
        Qualification today = qualification(TODAY);
        Qualification inThirty = qualification(TODAY.plusDays(30));
        Qualification inThirtyOne = qualification(TODAY.plusDays(31));
        Qualification pending = qualification(TODAY.plusDays(3));
        Qualification ended = qualification(TODAY.minusDays(1));
        Qualification open = qualification(null);
        for (Qualification q : java.util.List.of(today, inThirty, inThirtyOne, ended, open)) {
            q.verify();
        }
        Records soon = new Records(
                        java.util.List.of(today, inThirty, inThirtyOne, pending, ended, open), java.util.List.of())
                .endingSoon(TODAY);
        assertEquals(java.util.List.of(today, inThirty), soon.qualifications());
    }

    @Test
    void aKindOfRecordNamesItsClassAndNothingElseIsOne() {
        assertEquals(Qualification.class, VerifiedRecord.type("qualification"));
        assertEquals(Insurance.class, VerifiedRecord.type("insurance"));
        assertEquals(
                "not_found",
                assertThrows(BusinessException.class, () -> VerifiedRecord.type("photo"))
                        .code());
    }
}
