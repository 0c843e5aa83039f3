package org.bodywork.shared;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.util.ArrayList;
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

    /** The record's wrong fields, in the order its components are declared. */
    public static List<InvalidFields.Problem> problems(Object record) {
        List<String> order = record.getClass().isRecord()
                ? java.util.Arrays.stream(record.getClass().getRecordComponents())
                        .map(java.lang.reflect.RecordComponent::getName)
                        .toList()
                : List.of();
        List<InvalidFields.Problem> problems = new ArrayList<>();
        VALIDATOR.validate(record).stream()
                .sorted(Comparator.comparingInt((ConstraintViolation<Object> v) ->
                                order.indexOf(v.getPropertyPath().toString()))
                        .thenComparing(v -> v.getPropertyPath().toString()))
                .forEach(v -> {
                    String field = v.getPropertyPath().toString();
                    if (problems.stream().noneMatch(p -> p.field().equals(field))) {
                        problems.add(new InvalidFields.Problem(field, v.getMessage()));
                    }
                });
        return problems;
    }

    /** Throws every problem at once, if there is any. */
    public static void throwIfAny(List<InvalidFields.Problem> problems) {
        if (!problems.isEmpty()) {
            throw new InvalidFields(problems);
        }
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
