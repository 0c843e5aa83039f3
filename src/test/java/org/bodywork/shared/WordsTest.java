package org.bodywork.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The domain's refusals come from words.properties (issue 9: another language is another file).
 * A sentence written into a refusal in Java, a key the file lacks, or a pattern MessageFormat cannot
 * read fails here.
 */
class WordsTest {

    private static final Pattern THROW =
            Pattern.compile("(BusinessException\\.invalid|new BusinessException|new InvalidAnswers)\\(");
    private static final Pattern SENTENCE = Pattern.compile("\"[^\"]*[a-z] [a-z][^\"]*\"");
    private static final Pattern KEY = Pattern.compile("Words\\.text\\(\\s*\"([^\"]+)\"\\s*[,)]");

    @Test
    void everyTextIsAKeyOfTheFile() throws IOException {
        Properties bundle = new Properties();
        try (InputStream in = Words.class.getResourceAsStream("/org/bodywork/shared/words.properties")) {
            bundle.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        List<String> wrong = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String source = Files.readString(file);
                Matcher thrown = THROW.matcher(source);
                while (thrown.find()) {
                    String call = source.substring(thrown.end(), source.indexOf(';', thrown.end()));
                    Matcher sentence = SENTENCE.matcher(call);
                    if (sentence.find()) {
                        wrong.add(file.getFileName() + ": " + sentence.group());
                    }
                }
                Matcher key = KEY.matcher(source);
                while (key.find()) {
                    if (!bundle.containsKey(key.group(1))) {
                        wrong.add(file.getFileName() + ": no key " + key.group(1));
                    }
                }
            }
        }
        assertEquals(List.of(), wrong, "refusals written in Java, or keys words.properties lacks");
        for (String key : bundle.stringPropertyNames()) {
            new MessageFormat(bundle.getProperty(key)); // throws on a pattern it cannot read
        }
    }

    @Test
    void everyTechniqueWarningSignAndOutcomeHasItsWords() {
        for (org.bodywork.screening.Technique t : org.bodywork.screening.Technique.values()) {
            t.label();
        }
        for (org.bodywork.screening.RedFlag r : org.bodywork.screening.RedFlag.values()) {
            r.plain();
        }
        for (org.bodywork.screening.Outcome o : org.bodywork.screening.Outcome.values()) {
            Words.text("diary.badge." + o);
        }
        assertEquals("Swedish massage", org.bodywork.screening.Technique.SWEDISH.label());
    }

    @Test
    void aRefusalIsReadWithItsValuesAsTheyAre() {
        assertEquals(
                "This appointment already has a note (number 1234).",
                Words.text("notes.this-appointment-already-has-a", String.valueOf(1234)));
        assertEquals("Send the note's content as JSON.", Words.text("notes.send-the-note-s-content"));
        assertEquals("The price must be between £0 and £1,000.", Words.text("booking.the-price-must-be-between"));
    }
}
