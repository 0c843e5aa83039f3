package org.bodywork.shared;

import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.StringReader;

/** JSON held as text (request bodies, stored answers) read back into JSON-P values. */
public final class JsonText {

    private JsonText() {}

    /** Any JSON value; a null or empty body is malformed JSON, which the API answers with 400. */
    public static JsonValue value(String text) {
        try (JsonReader reader = JsonP.createReader(new StringReader(text == null ? "" : text))) {
            return reader.readValue();
        }
    }

    /** A JSON object the application itself stored. */
    public static JsonObject object(String text) {
        return value(text).asJsonObject();
    }
}
