package org.bodywork.qualification;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.bodywork.shared.BusinessException;
import org.bodywork.shared.InvalidFields;
import org.junit.jupiter.api.Test;

class ProfileFormTest {

    private static final LocalDate TODAY = LocalDate.of(2027, 3, 16);

    private static ProfileForm form(String phone, String email, LocalDate aidOn, LocalDate aidExpires) {
        return new ProfileForm(
                "Jo", "Bio", Set.of(), List.of(new Membership("CNHC", "123")), phone, email, aidOn, aidExpires);
    }

    private static String field(ProfileForm form) {
        return assertThrows(BusinessException.class, () -> form.validate(TODAY)).field();
    }

    @Test
    void aCompleteProfileIsValid() {
        assertDoesNotThrow(() -> form("01632 960000", "jo@example.org", TODAY.minusYears(1), TODAY.plusYears(2))
                .validate(TODAY));
    }

    @Test
    void aNameIsNeeded() {
        assertEquals("publicName", field(new ProfileForm(" ", null, Set.of(), List.of(), null, null, null, null)));
    }

    @Test
    void phoneAndEmailAreChecked() {
        assertEquals("phone", field(form("call me", null, null, null)));
        assertEquals("contactEmail", field(form(null, "jo-at-example", null, null)));
    }

    @Test
    void firstAidNeedsACourseDateBeforeItsExpiry() {
        assertEquals("firstAidExpires", field(form(null, null, null, TODAY.plusYears(1))));
        assertEquals("firstAidExpires", field(form(null, null, TODAY, TODAY)));
        assertEquals("firstAidOn", field(form(null, null, TODAY.plusDays(1), null)));
    }

    @Test
    void aMembershipNeedsBothRegisterAndNumber() {
        ProfileForm half =
                new ProfileForm("Jo", null, Set.of(), List.of(new Membership("CNHC", " ")), null, null, null, null);
        assertEquals("memberships", field(half));
    }

    @Test
    void everyWrongFieldIsNamedAtOnceInTheOrderOfTheForm() {
        ProfileForm wrong = new ProfileForm(
                "",
                "x".repeat(1001),
                Set.of(),
                List.of(new Membership("", "1")),
                "call me",
                "jo-at-example",
                TODAY.plusDays(1),
                TODAY);
        InvalidFields e = assertThrows(InvalidFields.class, () -> wrong.validate(TODAY));
        assertEquals(
                List.of("publicName", "bio", "memberships", "phone", "contactEmail", "firstAidOn", "firstAidExpires"),
                e.problems().stream().map(InvalidFields.Problem::field).toList());
        assertEquals("Keep your bio to 1000 characters.", e.problems().get(1).message());
    }

    @Test
    void aBlankPhoneIsNoPhone() {
        assertDoesNotThrow(() -> form("  ", null, null, null).validate(TODAY));
    }
}
