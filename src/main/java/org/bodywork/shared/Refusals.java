package org.bodywork.shared;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * What the domain says when it refuses a request ({@link BusinessException}'s message), from
 * {@code refusals.properties} rather than written in Java, so that another language is another
 * file. Pages and the API show the text as it is; there is one language so far, British English.
 */
public final class Refusals {

    static final String BUNDLE = "org.bodywork.shared.refusals";

    private Refusals() {}

    /** The refusal for a key, with {0}, {1}... filled in. */
    public static String text(String key, Object... values) {
        Locale locale = Locale.UK;
        return new MessageFormat(ResourceBundle.getBundle(BUNDLE, locale).getString(key), locale).format(values);
    }
}
