package org.bodywork.shared;

import jakarta.ejb.ApplicationException;
import java.util.List;

/**
 * Every wrong field of a form or API record at once, so a page marks them all in one go. Its
 * message and field are the first problem's, as for any other refusal.
 */
@ApplicationException(rollback = true)
public class InvalidFields extends BusinessException {

    /** One wrong field and what to do about it. */
    public record Problem(String field, String message) {}

    private final transient List<Problem> problems;

    public InvalidFields(List<Problem> problems) {
        super(
                Kind.INVALID,
                "invalid_" + problems.get(0).field(),
                problems.get(0).field(),
                problems.get(0).message());
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}
