package org.bodywork.shared;

import java.util.Map;
import org.omnifaces.util.Messages;

/**
 * A refusal shown on a page: at the input of the form that it names, so the page marks that field
 * and links the message to it, or for the whole page when it names none.
 */
public final class Refusals {

    private Refusals() {}

    /** The refusal's field is the input's id in {@code form}. */
    public static void show(BusinessException e, String form) {
        show(e, form, Map.of());
    }

    /** Some of the service's field names are other inputs' ids on this form ("password" to "current"). */
    public static void show(BusinessException e, String form, Map<String, String> inputs) {
        if (e instanceof InvalidFields every) {
            every.problems().forEach(p -> Messages.addError(clientId(p.field(), form, inputs), p.message()));
        } else {
            Messages.addError(clientId(e.field(), form, inputs), e.getMessage());
        }
    }

    /** The input's client id, or null (the whole page) for a refusal that names no field. */
    static String clientId(String field, String form, Map<String, String> inputs) {
        return field == null ? null : form + ":" + inputs.getOrDefault(field, field);
    }
}
