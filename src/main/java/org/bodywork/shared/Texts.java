package org.bodywork.shared;

import jakarta.faces.context.FacesContext;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import org.omnifaces.util.Messages;

/**
 * What the pages say comes from the message bundle, the one the views read as {@code msg}, so
 * another language is another properties file. Backing beans pass OmniFaces' {@link Messages} a key
 * ("profile.saved") and values; a message that is not a key (a refusal's own text) is shown as it
 * is.
 */
@WebListener
public class Texts implements ServletContextListener {

    static final String BUNDLE = "org.bodywork.web.messages";

    @Override
    public void contextInitialized(ServletContextEvent event) {
        Messages.setResolver(Texts::get);
    }

    /** The text for a key in the person's language, with {0}, {1}... filled in. */
    public static String get(String key, Object... values) {
        return in(locale(), key, values);
    }

    /** The text for a key in a language. */
    static String in(Locale locale, String key, Object... values) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale);
        String text = key != null && bundle.containsKey(key) ? bundle.getString(key) : key;
        return text == null || values == null || values.length == 0
                ? text
                : new MessageFormat(text, locale).format(values);
    }

    private static Locale locale() {
        FacesContext faces = FacesContext.getCurrentInstance();
        return faces != null && faces.getViewRoot() != null
                ? faces.getViewRoot().getLocale()
                : Locale.UK;
    }
}
