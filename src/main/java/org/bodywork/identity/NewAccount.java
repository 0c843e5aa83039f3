package org.bodywork.identity;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.bodywork.shared.BusinessException;
import org.bodywork.shared.Checks;
import org.bodywork.shared.InvalidFields.Problem;

/** What a person gives to open an account; {@link #validate()} says what is wrong with it. */
public record NewAccount(
        @NotBlank(message = "{identity.enter-your-name}")
        @Size(max = NewAccount.MAX_NAME, message = "{identity.a-name-can-be-at}")
        String name,

        String email,
        String password) {

    static final int MAX_NAME = 100;

    /**
     * Throws a refusal naming every field that is wrong; a weak password alone keeps its own code
     * ({@code weak_password}), which API clients already know.
     */
    public void validate() {
        List<Problem> problems = new ArrayList<>(Checks.problems(this));
        Email.problem(email).ifPresent(problem -> problems.add(new Problem("email", problem)));
        Optional<String> weak = PasswordPolicy.standard().problem(password);
        if (problems.isEmpty() && weak.isPresent()) {
            throw new BusinessException(BusinessException.Kind.INVALID, "weak_password", "password", weak.get());
        }
        weak.ifPresent(problem -> problems.add(new Problem("password", problem)));
        Checks.throwIfAny(this, problems);
    }
}
