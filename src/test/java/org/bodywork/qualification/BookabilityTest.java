package org.bodywork.qualification;

import static org.bodywork.qualification.RecordStatus.EXPIRED;
import static org.bodywork.qualification.RecordStatus.PENDING;
import static org.bodywork.qualification.RecordStatus.REJECTED;
import static org.bodywork.qualification.RecordStatus.VERIFIED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.bodywork.screening.Technique;
import org.junit.jupiter.api.Test;

class BookabilityTest {

    private static final LocalDate DAY = LocalDate.of(2027, 3, 16);

    private static Credential qualification(RecordStatus status, LocalDate until, Technique... covers) {
        return new Credential(status, LocalDate.of(2020, 1, 1), until, Set.of(covers));
    }

    private static Credential insurance(RecordStatus status, LocalDate from, LocalDate until) {
        return new Credential(status, from, until, Set.of());
    }

    private static final Credential INSURED = insurance(VERIFIED, DAY.minusYears(1), DAY.plusYears(1));
    private static final Credential SWEDISH = qualification(VERIFIED, null, Technique.SWEDISH);

    private static boolean bookable(Technique t, List<Credential> qualifications, List<Credential> insurance) {
        return Bookability.isBookable(t, DAY, true, qualifications, insurance);
    }

    @Test
    void aVerifiedQualificationAndVerifiedInsuranceMakeATherapistBookable() {
        assertTrue(bookable(Technique.SWEDISH, List.of(SWEDISH), List.of(INSURED)));
    }

    @Test
    void onlyForTheTechniquesCovered() {
        assertFalse(bookable(Technique.DEEP_TISSUE, List.of(SWEDISH), List.of(INSURED)));
    }

    @Test
    void aQualificationExpiringTodayStillCountsAndNotTomorrow() {
        Credential expiresToday = qualification(VERIFIED, DAY, Technique.SHIATSU);
        assertTrue(bookable(Technique.SHIATSU, List.of(expiresToday), List.of(INSURED)));
        assertFalse(Bookability.isBookable(
                Technique.SHIATSU, DAY.plusDays(1), true, List.of(expiresToday), List.of(INSURED)));
    }

    @Test
    void lapsedOrNotYetStartedInsuranceMakesNobodyBookable() {
        assertFalse(bookable(
                Technique.SWEDISH,
                List.of(SWEDISH),
                List.of(insurance(VERIFIED, DAY.minusYears(1), DAY.minusDays(1)))));
        assertFalse(bookable(
                Technique.SWEDISH, List.of(SWEDISH), List.of(insurance(VERIFIED, DAY.plusDays(1), DAY.plusYears(1)))));
        assertTrue(bookable(Technique.SWEDISH, List.of(SWEDISH), List.of(insurance(VERIFIED, DAY, DAY))));
    }

    @Test
    void pendingRejectedOrExpiredRecordsDoNotCount() {
        for (RecordStatus status : List.of(PENDING, REJECTED, EXPIRED)) {
            assertFalse(
                    bookable(
                            Technique.SWEDISH,
                            List.of(qualification(status, null, Technique.SWEDISH)),
                            List.of(INSURED)),
                    "qualification " + status);
            assertFalse(
                    bookable(
                            Technique.SWEDISH,
                            List.of(SWEDISH),
                            List.of(insurance(status, DAY.minusYears(1), DAY.plusYears(1)))),
                    "insurance " + status);
        }
    }

    @Test
    void aQualificationAwardedAfterTheDayDoesNotCount() {
        Credential future = new Credential(VERIFIED, DAY.plusDays(1), null, Set.of(Technique.SWEDISH));
        assertFalse(bookable(Technique.SWEDISH, List.of(future), List.of(INSURED)));
    }

    @Test
    void anInactiveAccountIsNeverBookable() {
        assertFalse(Bookability.isBookable(Technique.SWEDISH, DAY, false, List.of(SWEDISH), List.of(INSURED)));
    }

    @Test
    void theTechniquesOfAllValidQualificationsAddUp() {
        Credential shiatsu = qualification(VERIFIED, null, Technique.SHIATSU, Technique.REFLEXOLOGY);
        Credential pending = qualification(PENDING, null, Technique.DEEP_TISSUE);
        assertEquals(
                EnumSet.of(Technique.SWEDISH, Technique.SHIATSU, Technique.REFLEXOLOGY),
                Bookability.techniquesOn(DAY, true, List.of(SWEDISH, shiatsu, pending), List.of(INSURED)));
    }
}
