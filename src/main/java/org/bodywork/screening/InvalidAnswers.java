package org.bodywork.screening;

import org.bodywork.shared.BusinessException;

/** Intake answers that cannot be screened: an input error, not a screening result. */
public class InvalidAnswers extends BusinessException {

    public InvalidAnswers(String field, String message) {
        super(Kind.INVALID, "invalid_answers", field, message);
    }
}
