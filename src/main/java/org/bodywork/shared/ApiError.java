package org.bodywork.shared;

import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;

/**
 * The body of every API error: {@code {"error": "<code>", "message": "<human text>"}}, plus the
 * input field when the error is about one.
 */
public record ApiError(String error, String message, String field) {

    public ApiError(String error, String message) {
        this(error, message, null);
    }

    public String toJson() {
        JsonObjectBuilder json = Json.createObjectBuilder().add("error", error).add("message", message);
        if (field != null) {
            json.add("field", field);
        }
        return json.build().toString();
    }
}
