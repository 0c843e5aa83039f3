package org.bodywork.screening;

import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.bodywork.shared.JsonP;
import org.bodywork.shared.Words;

/**
 * Intake answers and screening results as JSON. Reading is strict and names the field at fault
 * ({@code conditions[1].area}), which automatic binding cannot: an unknown code, a wrong type or a
 * badly written date is an {@link InvalidAnswers}, not a parse failure.
 */
public final class AnswersJson {

    private AnswersJson() {}

    /** Reads answers; {@code assessedOn} defaults to {@code today}. */
    public static Answers read(JsonValue body, LocalDate today) {
        JsonObject o = object(body, "body");
        LocalDate assessedOn = o.containsKey("assessedOn") && !isNull(o, "assessedOn")
                ? date(o.get("assessedOn"), "assessedOn")
                : today;
        LocalDate dob = isNull(o, "dateOfBirth") ? null : date(o.get("dateOfBirth"), "dateOfBirth");
        Answers.BackPain backPain = isNull(o, "backPain") ? null : backPain(object(o.get("backPain"), "backPain"));
        List<Answers.Condition> conditions = new ArrayList<>();
        if (!isNull(o, "conditions")) {
            JsonArray list = array(o.get("conditions"), "conditions");
            for (int i = 0; i < list.size(); i++) {
                conditions.add(condition(object(list.get(i), "conditions[" + i + "]"), "conditions[" + i + "]"));
            }
        }
        return new Answers(assessedOn, dob, backPain, conditions);
    }

    private static Answers.BackPain backPain(JsonObject o) {
        Set<Area> areas = isNull(o, "areas") ? Set.of() : enums(o.get("areas"), "backPain.areas", Area.class);
        Set<RedFlag> red =
                isNull(o, "redFlags") ? Set.of() : enums(o.get("redFlags"), "backPain.redFlags", RedFlag.class);
        LocalDate started = isNull(o, "startedOn") ? null : date(o.get("startedOn"), "backPain.startedOn");
        Boolean diagnosed = isNull(o, "diagnosed") ? null : bool(o.get("diagnosed"), "backPain.diagnosed");
        return new Answers.BackPain(areas, started, diagnosed, red);
    }

    private static Answers.Condition condition(JsonObject o, String at) {
        if (isNull(o, "code")) {
            throw new InvalidAnswers(at + ".code", Words.text("screening.choose-which-condition-this-is"));
        }
        ConditionCode code = oneOf(o.get("code"), at + ".code", ConditionCode.class);
        return new Answers.Condition(
                code,
                isNull(o, "area") ? null : oneOf(o.get("area"), at + ".area", Area.class),
                isNull(o, "since") ? null : date(o.get("since"), at + ".since"),
                isNull(o, "contagious") ? null : bool(o.get("contagious"), at + ".contagious"),
                isNull(o, "controlled") ? null : bool(o.get("controlled"), at + ".controlled"),
                isNull(o, "neuropathy") ? null : bool(o.get("neuropathy"), at + ".neuropathy"),
                isNull(o, "weeks") ? null : whole(o.get("weeks"), at + ".weeks"));
    }

    public static JsonObject write(Answers a) {
        JsonObjectBuilder o = JsonP.createObjectBuilder();
        put(o, "assessedOn", a.assessedOn());
        put(o, "dateOfBirth", a.dateOfBirth());
        if (a.backPain() != null) {
            Answers.BackPain p = a.backPain();
            JsonObjectBuilder pain = JsonP.createObjectBuilder()
                    .add("areas", names(p.areas()))
                    .add("redFlags", names(p.redFlagsOrNone()));
            put(pain, "startedOn", p.startedOn());
            if (p.diagnosed() != null) {
                pain.add("diagnosed", p.diagnosed());
            }
            o.add("backPain", pain);
        }
        JsonArrayBuilder conditions = JsonP.createArrayBuilder();
        for (Answers.Condition c : a.conditionsOrNone()) {
            JsonObjectBuilder co =
                    JsonP.createObjectBuilder().add("code", c.code().name());
            if (c.area() != null) {
                co.add("area", c.area().name());
            }
            put(co, "since", c.since());
            if (c.contagious() != null) {
                co.add("contagious", c.contagious());
            }
            if (c.controlled() != null) {
                co.add("controlled", c.controlled());
            }
            if (c.neuropathy() != null) {
                co.add("neuropathy", c.neuropathy());
            }
            if (c.weeks() != null) {
                co.add("weeks", c.weeks());
            }
            conditions.add(co);
        }
        return o.add("conditions", conditions).build();
    }

    public static JsonObject write(Result r) {
        JsonArrayBuilder flags = JsonP.createArrayBuilder();
        for (Flag f : r.flags()) {
            JsonObjectBuilder fo = JsonP.createObjectBuilder()
                    .add("code", f.code())
                    .add("outcome", f.outcome().name());
            put(fo, "until", f.until());
            if (f.area() != null) {
                fo.add("area", f.area().name());
            }
            flags.add(fo.add("reason", f.reason()).add("advice", f.advice()).add("cleared", f.cleared()));
        }
        JsonObjectBuilder techniques = JsonP.createObjectBuilder();
        r.techniques()
                .forEach((t, v) -> techniques.add(
                        t.name(),
                        JsonP.createObjectBuilder()
                                .add("verdict", v.verdict().name())
                                .add("adaptations", JsonP.createArrayBuilder(v.adaptations()))));
        return JsonP.createObjectBuilder()
                .add("outcome", r.outcome().name())
                .add("flags", flags)
                .add("techniques", techniques)
                .add("avoidAreas", names(r.avoidAreas()))
                .add("alternatives", names(r.alternatives()))
                .add("advice", JsonP.createArrayBuilder(r.advice()))
                .add("ruleSetVersion", r.ruleSetVersion())
                .add("assessedOn", r.assessedOn().toString())
                .build();
    }

    private static void put(JsonObjectBuilder o, String name, LocalDate date) {
        if (date != null) {
            o.add(name, date.toString());
        }
    }

    private static JsonArrayBuilder names(java.util.Collection<? extends Enum<?>> values) {
        JsonArrayBuilder array = JsonP.createArrayBuilder();
        values.stream().map(Enum::name).sorted().forEach(array::add);
        return array;
    }

    private static boolean isNull(JsonObject o, String name) {
        return !o.containsKey(name) || o.isNull(name);
    }

    private static JsonObject object(JsonValue v, String at) {
        if (v == null || v.getValueType() != JsonValue.ValueType.OBJECT) {
            throw new InvalidAnswers(at, Words.text("intake.must-be-a-json-object"));
        }
        return v.asJsonObject();
    }

    private static JsonArray array(JsonValue v, String at) {
        if (v.getValueType() != JsonValue.ValueType.ARRAY) {
            throw new InvalidAnswers(at, Words.text("screening.must-be-a-list"));
        }
        return v.asJsonArray();
    }

    private static LocalDate date(JsonValue v, String at) {
        if (v instanceof JsonString s) {
            try {
                return LocalDate.parse(s.getString());
            } catch (DateTimeParseException e) {
                // falls through to the message below
            }
        }
        throw new InvalidAnswers(at, Words.text("screening.give-the-date-as-yyyy"));
    }

    private static Boolean bool(JsonValue v, String at) {
        if (v == JsonValue.TRUE || v == JsonValue.FALSE) {
            return v == JsonValue.TRUE;
        }
        throw new InvalidAnswers(at, Words.text("screening.must-be-true-or-false"));
    }

    private static Integer whole(JsonValue v, String at) {
        if (v instanceof JsonNumber n && n.isIntegral() && n.bigIntegerValue().bitLength() < 31) {
            return n.intValue();
        }
        throw new InvalidAnswers(at, Words.text("screening.must-be-a-whole-number"));
    }

    private static <E extends Enum<E>> E oneOf(JsonValue v, String at, Class<E> type) {
        if (v instanceof JsonString s) {
            try {
                return Enum.valueOf(type, s.getString());
            } catch (IllegalArgumentException unknown) {
                throw new InvalidAnswers(
                        at,
                        Words.text(
                                "screening.unknown-value-use-one-of",
                                shorten(s.getString()),
                                Arrays.stream(type.getEnumConstants())
                                        .map(Enum::name)
                                        .collect(Collectors.joining(", "))));
            }
        }
        throw new InvalidAnswers(at, Words.text("screening.must-be-text-one-of"));
    }

    private static <E extends Enum<E>> Set<E> enums(JsonValue v, String at, Class<E> type) {
        JsonArray list = array(v, at);
        Set<E> values = EnumSet.noneOf(type);
        for (int i = 0; i < list.size(); i++) {
            values.add(oneOf(list.get(i), at + "[" + i + "]", type));
        }
        return values;
    }

    private static String shorten(String s) {
        String printable = s.replaceAll("\\p{Cntrl}", "?");
        return printable.length() > 40 ? printable.substring(0, 40) + "..." : printable;
    }
}
