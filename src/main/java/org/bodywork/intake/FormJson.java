package org.bodywork.intake;

import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Reading and writing the form's JSON leniently: a missing, empty or broken value is no value. */
final class FormJson {

    private FormJson() {}

    static void addFlag(JsonObjectBuilder o, String name, Boolean value) {
        if (value != null) {
            o.add(name, value);
        }
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    static String text(String s) {
        return s == null ? "" : s.trim();
    }

    static JsonObject object(JsonObject o, String name) {
        return o.get(name) instanceof JsonObject inner ? inner : JsonValue.EMPTY_JSON_OBJECT;
    }

    static String string(JsonObject o, String name) {
        return o.get(name) instanceof jakarta.json.JsonString s
                        && !s.getString().isEmpty()
                ? s.getString()
                : null;
    }

    static Boolean bool(JsonObject o, String name) {
        JsonValue v = o.get(name);
        return v == JsonValue.TRUE ? Boolean.TRUE : v == JsonValue.FALSE ? Boolean.FALSE : null;
    }

    static LocalDate date(JsonObject o, String name) {
        try {
            String s = string(o, name);
            return s == null ? null : LocalDate.parse(s);
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }

    static List<String> strings(JsonObject o, String name) {
        List<String> values = new ArrayList<>();
        if (o.get(name) instanceof jakarta.json.JsonArray list) {
            list.forEach(v -> {
                if (v instanceof jakarta.json.JsonString s) {
                    values.add(s.getString());
                }
            });
        }
        return values;
    }
}
