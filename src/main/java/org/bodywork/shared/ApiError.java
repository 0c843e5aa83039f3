package org.bodywork.shared;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.util.List;

/**
 * The body of every API error: {@code {"error": "<code>", "message": "<human text>"}}, plus the
 * input field when the error is about one, and {@code "fields": [{"field", "message"}, ...]} when
 * several fields are wrong at once.
 */
public record ApiError(String error, String message, String field, List<InvalidFields.Problem> fields) {

    public ApiError(String error, String message, String field) {
        this(error, message, field, List.of());
    }

    public ApiError(String error, String message) {
        this(error, message, null);
    }

    public String toJson() {
        JsonObjectBuilder json = JsonP.createObjectBuilder().add("error", error).add("message", message);
        if (field != null) {
            json.add("field", field);
        }
        if (fields.size() > 1) {
            JsonArrayBuilder list = JsonP.createArrayBuilder();
            fields.forEach(p ->
                    list.add(JsonP.createObjectBuilder().add("field", p.field()).add("message", p.message())));
            json.add("fields", list);
        }
        return json.build().toString();
    }
}
