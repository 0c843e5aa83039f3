package org.bodywork.notification;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The HTML part of a message, made from its plain text: paragraphs, line breaks and links. */
final class Html {

    private static final Pattern URL = Pattern.compile("https?://[^\\s<]+");

    private Html() {}

    static String of(String text) {
        StringBuilder html =
                new StringBuilder("<!DOCTYPE html><html lang=\"en-GB\"><body style=\"font-family: sans-serif\">");
        for (String paragraph : text.split("\n\n")) {
            html.append("<p>")
                    .append(links(escape(paragraph)).replace("\n", "<br>"))
                    .append("</p>");
        }
        return html.append("</body></html>").toString();
    }

    static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private static String links(String escaped) {
        Matcher m = URL.matcher(escaped);
        return m.replaceAll(r -> "<a href=\"" + Matcher.quoteReplacement(r.group()) + "\">"
                + Matcher.quoteReplacement(r.group()) + "</a>");
    }
}
