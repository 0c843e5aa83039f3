package org.bodywork.shared;

import jakarta.ejb.ApplicationException;

/**
 * A request the domain refuses, with a code for programs and a message for people. Rolls the
 * transaction back, so a refused request never leaves half a record behind.
 */
@ApplicationException(rollback = true)
public class BusinessException extends RuntimeException {

    /** What kind of refusal, which the API turns into a status code. */
    public enum Kind {
        INVALID,
        CONFLICT,
        NOT_FOUND,
        /** Understood and well-formed, but the rules say no (a screening, a cut-off). */
        REFUSED,
        TOO_MANY
    }

    private final Kind kind;
    private final String code;
    private final String field;

    public BusinessException(Kind kind, String code, String field, String message) {
        super(message);
        this.kind = kind;
        this.code = code;
        this.field = field;
    }

    public static BusinessException invalid(String field, String message) {
        return new BusinessException(Kind.INVALID, "invalid_" + field, field, message);
    }

    /** Nothing the caller may see by that id: the same answer whether it exists or not. */
    public static BusinessException notFound(String code, String message) {
        return new BusinessException(Kind.NOT_FOUND, code, null, message);
    }

    /** The request clashes with what is there already (a taken name or slot); field may be null. */
    public static BusinessException conflict(String code, String field, String message) {
        return new BusinessException(Kind.CONFLICT, code, field, message);
    }

    /** Well-formed, but the rules say no. */
    public static BusinessException refused(String code, String message) {
        return new BusinessException(Kind.REFUSED, code, null, message);
    }

    public Kind kind() {
        return kind;
    }

    public String code() {
        return code;
    }

    /** The input field the refusal is about, or null. */
    public String field() {
        return field;
    }
}
