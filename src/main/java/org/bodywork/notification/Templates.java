package org.bodywork.notification;

import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.Template;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The message templates under {@code mail/}: Mustache, one file per message, its first line the
 * subject. The text part is the template's output; the HTML part is that text's paragraphs inside
 * {@code layout.html}, so the two parts never say different things.
 */
final class Templates {

    /** A filled-in message. */
    record Filled(String subject, String text, String html) {}

    private static final String SUBJECT = "Subject: ";
    private static final Pattern URL = Pattern.compile("https?://[^\\s<]+");
    // A missing value is a bug in the caller, so it fails rather than printing nothing.
    private static final Mustache.Compiler TEXT =
            Mustache.compiler().escapeHTML(false).emptyStringIsFalse(true);
    private static final Mustache.Compiler HTML = Mustache.compiler();
    private static final Map<String, Template> CACHE = new ConcurrentHashMap<>();

    private Templates() {}

    static Filled fill(String name, Map<String, ?> values) {
        String out =
                CACHE.computeIfAbsent(name, n -> TEXT.compile(read(n + ".txt"))).execute(values);
        if (!out.startsWith(SUBJECT)) {
            throw new IllegalStateException("mail/" + name + ".txt must start with \"" + SUBJECT + "\"");
        }
        int end = out.indexOf('\n');
        String subject = out.substring(SUBJECT.length(), end).strip();
        String text = out.substring(end + 1).strip();
        String html = CACHE.computeIfAbsent("layout.html", n -> HTML.compile(read(n)))
                .execute(Map.of("subject", subject, "body", paragraphs(text)));
        return new Filled(subject, text, html);
    }

    /** The text as HTML paragraphs: escaped, line breaks kept, addresses made links. */
    static String paragraphs(String text) {
        StringBuilder html = new StringBuilder();
        for (String paragraph : text.split("\n\n")) {
            html.append("<p>")
                    .append(links(escape(paragraph)).replace("\n", "<br>"))
                    .append("</p>\n");
        }
        return html.toString();
    }

    static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private static String links(String escaped) {
        Matcher m = URL.matcher(escaped);
        return m.replaceAll(r -> "<a href=\"" + Matcher.quoteReplacement(r.group()) + "\">"
                + Matcher.quoteReplacement(r.group()) + "</a>");
    }

    private static String read(String file) {
        try (InputStream in = Templates.class.getResourceAsStream("mail/" + file)) {
            if (in == null) {
                throw new FileNotFoundException("mail/" + file);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
