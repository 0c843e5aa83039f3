package org.bodywork.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * What the pages say after an action comes from the message bundle (issue 9: another language is
 * another file). A sentence written into a backing bean's message, or a key the bundle lacks, fails
 * here rather than on a page.
 */
class TextsTest {

    /** A call of OmniFaces' Messages, up to its first string argument. */
    private static final Pattern CALL =
            Pattern.compile("Messages\\.add(\\w*)\\(\\s*(\"[^\"]*\"\\s*,\\s*)?\"([^\"]*)\"");

    @Test
    void messagesForPeopleAreKeysOfTheBundle() throws IOException {
        Properties bundle = new Properties();
        try (InputStream in = Texts.class.getResourceAsStream("/org/bodywork/web/messages.properties")) {
            bundle.load(in);
        }
        List<String> wrong = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = CALL.matcher(Files.readString(file));
                while (m.find()) {
                    boolean global = m.group(1).contains("Global");
                    // addError("form:field", "key"): the first string is a field, the second the text.
                    String text = global || m.group(2) != null ? m.group(3) : null;
                    if (text != null && !bundle.containsKey(text)) {
                        wrong.add(file.getFileName() + ": \"" + text + "\"");
                    }
                }
            }
        }
        assertEquals(List.of(), wrong, "page messages that are not keys of messages.properties");
    }

    @Test
    void aKeyIsLookedUpAndItsValuesFilledIn() {
        assertEquals(
                "Moved to Tuesday 16 March 2027, 09:00.",
                Texts.in(Locale.UK, "diary.moved", "Tuesday 16 March 2027, 09:00"));
        assertEquals("Service \"Swedish\" saved.", Texts.in(Locale.UK, "services.saved", "Swedish"));
        assertEquals("Not a key: shown as it is.", Texts.in(Locale.UK, "Not a key: shown as it is."));
    }
}
