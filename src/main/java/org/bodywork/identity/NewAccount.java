package org.bodywork.identity;

import org.bodywork.shared.BusinessException;
import org.bodywork.shared.Words;

/** What a person gives to open an account; {@link #validate()} says what is wrong with it. */
public record NewAccount(String name, String email, String password) {

    static final int MAX_NAME = 100;

    /** Throws a refusal naming the first field that is wrong. */
    public void validate() {
        if (name == null || name.isBlank()) {
            throw BusinessException.invalid("name", Words.text("identity.enter-your-name"));
        }
        if (name.trim().length() > MAX_NAME) {
            throw BusinessException.invalid("name", Words.text("identity.a-name-can-be-at", String.valueOf(MAX_NAME)));
        }
        Email.problem(email).ifPresent(problem -> {
            throw BusinessException.invalid("email", problem);
        });
        PasswordPolicy.standard().problem(password).ifPresent(problem -> {
            throw new BusinessException(BusinessException.Kind.INVALID, "weak_password", "password", problem);
        });
    }
}
