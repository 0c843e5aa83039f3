package org.bodywork.shared;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * What the domain says to people, from {@code words.properties} rather than written in Java, so that
 * another language is another file: refusals ({@link BusinessException}'s message), the checks of
 * forms and API input, and the words that describe records (techniques, warning signs, what a note
 * lacks). Pages and the API show the text as it is; there is one language so far, British English.
 */
public final class Words {

    static final String BUNDLE = "org.bodywork.shared.words";

    private Words() {}

    /** The text for a key, or {@code fallback} when the file has none (codes that rules, as data, add). */
    public static String or(String key, String fallback) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, Locale.UK);
        return bundle.containsKey(key) ? text(key) : fallback;
    }

    /** The text for a key, with {0}, {1}... filled in. */
    public static String text(String key, Object... values) {
        Locale locale = Locale.UK;
        return new MessageFormat(ResourceBundle.getBundle(BUNDLE, locale).getString(key), locale).format(values);
    }
}
