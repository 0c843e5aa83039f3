package org.bodywork.shared;

import jakarta.validation.MessageInterpolator;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.lang.reflect.Field;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Declarative checks of form and API records (Bean Validation), with the messages from
 * words.properties: a constraint's message is {@code "{key}"}, and its {@code max} or {@code min},
 * if any, is the text's {0}.
 */
public final class Checks {

    private static final Validator VALIDATOR = Validation.byDefaultProvider()
            .configure()
            .messageInterpolator(new FromWords())
            .buildValidatorFactory()
            .getValidator();

    private Checks() {}

    /** The record's wrong fields, one problem each, in the order its components are declared. */
    public static List<InvalidFields.Problem> problems(Object record) {
        return ordered(
                record,
                VALIDATOR.validate(record).stream()
                        .sorted(Comparator.comparing(v -> v.getPropertyPath().toString()))
                        .map(v -> new InvalidFields.Problem(v.getPropertyPath().toString(), v.getMessage()))
                        .toList());
    }

    /**
     * Throws every problem at once, if there is any, in the order of the record's components (or a form class's fields): the
     * checks written in code come after the declared ones, but a page reads them top to bottom.
     */
    public static void throwIfAny(Object record, List<InvalidFields.Problem> problems) {
        if (!problems.isEmpty()) {
            throw new InvalidFields(ordered(record, problems));
        }
    }

    /** Throws every problem at once, if there is any, in the order given. */
    public static void throwIfAny(List<InvalidFields.Problem> problems) {
        if (!problems.isEmpty()) {
            throw new InvalidFields(problems);
        }
    }

    private static List<InvalidFields.Problem> ordered(Object record, List<InvalidFields.Problem> problems) {
        List<String> order = record.getClass().isRecord()
                ? Arrays.stream(record.getClass().getRecordComponents())
                        .map(RecordComponent::getName)
                        .toList()
                : Arrays.stream(record.getClass().getDeclaredFields())
                        .map(Field::getName)
                        .toList();
        List<InvalidFields.Problem> kept = new ArrayList<>();
        problems.stream()
                .sorted(Comparator.comparingInt(p -> order.indexOf(p.field())))
                .forEach(p -> {
                    if (kept.stream().noneMatch(k -> k.field().equals(p.field()))) {
                        kept.add(p);
                    }
                });
        return kept;
    }

    /** {@code "{key}"} to the key's text in words.properties. */
    static final class FromWords implements MessageInterpolator {

        @Override
        public String interpolate(String template, Context context) {
            return interpolate(template, context, Locale.UK);
        }

        @Override
        public String interpolate(String template, Context context, Locale locale) {
            String key = template.startsWith("{") && template.endsWith("}")
                    ? template.substring(1, template.length() - 1)
                    : template;
            Map<String, Object> attributes = context.getConstraintDescriptor().getAttributes();
            Object bound = attributes.containsKey("max") ? attributes.get("max") : attributes.get("min");
            return bound == null ? Words.text(key) : Words.text(key, String.valueOf(bound));
        }
    }
}
